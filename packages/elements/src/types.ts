/**
 * The elements' types, all from the registry: each element's properties (its component's props
 * of the same names), its events with their `detail`, `HTMLElementTagNameMap`, and the intrinsic
 * elements a JSX framework (Preact, Solid, Vue) is told about.
 */
import type { CustomerKitError } from "@customer-kit/client";
import type { ComponentType } from "react";
import type { Registry, Tag } from "./registry";

type PropsOf<T extends Tag> = Registry[T]["component"] extends ComponentType<infer P> ? P : never;
type Attributes<T extends Tag> = Registry[T]["attributes"];
type AttributeProp<T extends Tag> = Attributes<T>[keyof Attributes<T>] extends { prop: infer K }
  ? K
  : never;
type Events<T extends Tag> = Registry[T]["events"];

/** The properties of element `T`: its component's props of the same names and types. */
export type ElementProperties<T extends Tag> = {
  [K in (AttributeProp<T> | keyof Registry[T]["properties"]) & keyof PropsOf<T>]: PropsOf<T>[K];
};

/** What `ck-saved` carries. */
export interface SavedDetail {
  /** The registry's name of the panel (`units`, `dialog`, `customers`, …). */
  panel: string;
  /** The contract's method and path: `POST /customers/{customerId}/unit-transactions`. */
  operation: string;
  /** The customer the write was about, when its path has one. */
  customerId: string | undefined;
}

/** What `ck-error` carries. */
export interface ErrorDetail extends SavedDetail {
  /** The client's error (`status`, `title`, `detail`, `fieldErrors`; `kind` network or timeout). */
  error: CustomerKitError | Error;
}

/** The events every element dispatches. */
export interface CommonEventMap {
  "ck-saved": CustomEvent<SavedDetail>;
  "ck-error": CustomEvent<ErrorDetail>;
}

/** The events of element `T`, by name, with their `detail`. */
export type ElementEventMap<T extends Tag> = CommonEventMap & {
  [N in keyof Events<T>]: Events<T>[N] extends { detail: (...args: never[]) => infer D }
    ? CustomEvent<D>
    : never;
};

type AllEventNames = { [T in Tag]: keyof Events<T> }[Tag];
type DetailOf<N extends PropertyKey> = {
  [T in Tag]: N extends keyof Events<T>
    ? Events<T>[N] extends { detail: (...args: never[]) => infer D }
      ? D
      : never
    : never;
}[Tag];

/** Every `ck-*` event of every element, with its `detail` (for a listener on `document`). */
export type CustomerKitEventMap = CommonEventMap & {
  [N in AllEventNames & string]: CustomEvent<DetailOf<N>>;
};

/** Element `T`: an `HTMLElement` with its properties and typed `addEventListener`. */
export type CustomerKitElementOf<T extends Tag> = HTMLElement &
  ElementProperties<T> & {
    readonly tag: T;
    addEventListener<K extends keyof ElementEventMap<T>>(
      type: K,
      listener: (this: HTMLElement, event: ElementEventMap<T>[K]) => void,
      options?: boolean | AddEventListenerOptions,
    ): void;
    addEventListener(
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ): void;
  };

/** Every element by tag (what `document.querySelector("ck-units-panel")` returns). */
export type CustomerKitElements = { [T in Tag]: CustomerKitElementOf<T> };

type AttributeValue<A> = A extends { type: "boolean" }
  ? boolean | ""
  : A extends { type: "number" }
    ? number | string
    : string;

/**
 * The intrinsic elements for a JSX framework: the attributes (kebab-case) and the properties.
 * Preact: `declare module "preact" { namespace JSX { interface IntrinsicElements extends CustomerKitIntrinsicElements {} } }`;
 * Solid: the same in `declare module "solid-js"`; Vue: see the README.
 */
export type CustomerKitIntrinsicElements = {
  [T in Tag]: {
    [A in keyof Attributes<T>]?: AttributeValue<Attributes<T>[A]>;
  } & Partial<ElementProperties<T>> & {
      shadow?: boolean | "";
      class?: string;
      id?: string;
      children?: unknown;
    };
};

declare global {
  interface HTMLElementTagNameMap extends CustomerKitElements {}
  interface HTMLElementEventMap extends CustomerKitEventMap {}
  interface DocumentEventMap extends CustomerKitEventMap {}
}
