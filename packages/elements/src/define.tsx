/**
 * The element classes, made from the registry. Each element renders its own React root (in a
 * wrapper it owns, so that React's root listeners go away with it) under a provider that shares
 * the page's one client and one QueryClient (`store.ts`). One root per element rather than one
 * root portalling into every element: an element then mounts and unmounts on its own clock (an
 * HTMX swap of one fragment touches no other element), an error in one stays in it, and the cost
 * is a few context providers per element — the cache, where the data lives, is still one.
 */
import { CustomerKitProvider } from "@customer-kit/react";
import { createElement } from "react";
import { createRoot, type Root } from "react-dom/client";
import { clientView } from "./client-view";
import { shadowSheet } from "./css";
import {
  type AttributeSpec,
  type ElementSpec,
  type EventSpec,
  registry,
  type Tag,
} from "./registry";
import { type Configured, configured, subscribe } from "./store";

// biome-ignore lint/suspicious/noExplicitAny: the registry's entries each fix their own props.
type AnySpec = ElementSpec<any>;

const toProp = (spec: AttributeSpec<unknown>, text: string | null): unknown => {
  if (spec.type === "boolean") {
    if (spec.negate) return text === null ? undefined : false;
    return text !== null;
  }
  if (text === null) return undefined;
  if (spec.type === "number") {
    const n = Number(text);
    return text.trim() !== "" && Number.isFinite(n) ? n : undefined;
  }
  return text;
};

/** The attribute text that stands for a prop's value; `null`: no attribute. */
const toAttribute = (spec: AttributeSpec<unknown>, value: unknown): string | null => {
  if (spec.type === "boolean") {
    if (spec.negate) return value === false ? "" : null;
    return value === true ? "" : null;
  }
  if (typeof value === "string" || (typeof value === "number" && Number.isFinite(value))) {
    return String(value);
  }
  return null;
};

/** Which element is which: the base every `ck-*` element extends. */
export abstract class CustomerKitElement extends HTMLElement {
  abstract readonly tag: Tag;
}

/** Makes the class of one registry entry. */
export function elementClass(tag: Tag): CustomElementConstructor {
  const spec = registry[tag] as unknown as AnySpec;
  const byAttribute = new Map(Object.entries(spec.attributes));
  const attributeOf = new Map([...byAttribute].map(([name, a]) => [a.prop, { name, spec: a }]));
  const propNames = [...new Set([...attributeOf.keys(), ...Object.keys(spec.properties)])];
  const needsCustomer = byAttribute.has("customer-id");

  class Element extends CustomerKitElement {
    static observedAttributes = [...byAttribute.keys(), "shadow"];
    readonly tag = tag;
    #props: Record<string, unknown> = {};
    #callbacks: Record<string, (...args: never[]) => void>;
    #root: Root | null = null;
    #mount: HTMLElement | null = null;
    #observer: MutationObserver | null = null;
    #unsubscribe: (() => void) | null = null;
    #view: { base: Configured["client"]; view: Configured["client"] } | null = null;
    #scheduled = false;
    #unmountPending = false;
    #mirroring = false;

    // The element's properties: one accessor per prop. Inside the class body, so that they reach
    // its private state.
    static {
      for (const name of propNames) {
        Object.defineProperty(Element.prototype, name, {
          configurable: true,
          enumerable: true,
          get(this: Element) {
            return this.#props[name];
          },
          set(this: Element, value: unknown) {
            this.#setProp(name, value);
          },
        });
      }
    }

    constructor() {
      super();
      this.#callbacks = Object.fromEntries(
        Object.entries(spec.events).map(([name, event]) => [
          event.callback,
          (...args: never[]) => this.#dispatchFrom(name, event, args),
        ]),
      );
    }

    #dispatchFrom(name: string, event: EventSpec<unknown>, args: never[]) {
      const detail = event.detail(...args);
      const notPrevented = this.#dispatch(name, detail, event.cancelable ?? false);
      if (!notPrevented) {
        event.prevented?.(...args);
        return;
      }
      if (event.reflect) this.#setProp(event.reflect.prop, event.reflect.value(detail as never));
      event.otherwise?.(detail as never);
    }

    #dispatch(name: string, detail: unknown, cancelable: boolean): boolean {
      return this.dispatchEvent(
        new CustomEvent(name, { bubbles: true, composed: true, cancelable, detail }),
      );
    }

    attributeChangedCallback(name: string, _old: string | null, value: string | null) {
      if (this.#mirroring) return;
      const attribute = byAttribute.get(name);
      if (attribute) this.#props[attribute.prop] = toProp(attribute, value);
      this.#schedule();
    }

    /** Sets a prop, and its attribute to match (without reading it back). */
    #setProp(prop: string, value: unknown) {
      this.#props[prop] = value;
      const attribute = attributeOf.get(prop);
      if (attribute) {
        const text = toAttribute(attribute.spec, value);
        this.#mirroring = true;
        try {
          if (text === null) this.removeAttribute(attribute.name);
          else this.setAttribute(attribute.name, text);
        } finally {
          this.#mirroring = false;
        }
      }
      this.#schedule();
    }

    connectedCallback() {
      // A property set before the element was defined (Vue and Angular set them early) is an own
      // property that hides the class's accessor: take it and let the accessor have it.
      for (const name of propNames) {
        if (Object.hasOwn(this, name)) {
          const value = (this as Record<string, unknown>)[name];
          delete (this as Record<string, unknown>)[name];
          this.#setProp(name, value);
        }
      }
      // Moved within the document: disconnected, then connected again in the same task.
      this.#unmountPending = false;
      if (!this.#root) this.#mountRoot();
      this.#schedule();
    }

    disconnectedCallback() {
      // Deferred: a move (remove + insert in one task) keeps the root; a removal ends it.
      this.#unmountPending = true;
      queueMicrotask(() => {
        if (this.#unmountPending && !this.isConnected) this.#unmountRoot();
        this.#unmountPending = false;
      });
    }

    #mountRoot() {
      const mount = document.createElement("div");
      mount.setAttribute("data-ck-mount", "");
      if (this.hasAttribute("shadow")) {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: "open" });
        const sheet = shadowSheet();
        // (Missing in jsdom: there the shadow root renders unstyled.)
        if (sheet && shadow.adoptedStyleSheets && !shadow.adoptedStyleSheets.includes(sheet)) {
          shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
        }
        shadow.replaceChildren(mount);
        // The parts, for `::part()`: each `data-part` also named as a `part`.
        this.#observer = new MutationObserver((records) => {
          for (const record of records) {
            if (record.type === "attributes") exposePart(record.target as Element);
            for (const node of record.addedNodes) exposeParts(node);
          }
        });
        this.#observer.observe(mount, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ["data-part"],
        });
      } else {
        this.replaceChildren(mount);
      }
      this.#mount = mount;
      this.#root = createRoot(mount);
      this.#unsubscribe = subscribe(() => this.#schedule());
    }

    #unmountRoot() {
      this.#unsubscribe?.();
      this.#unsubscribe = null;
      this.#observer?.disconnect();
      this.#observer = null;
      this.#root?.unmount();
      this.#root = null;
      this.#mount?.remove();
      this.#mount = null;
    }

    #schedule() {
      if (this.#scheduled) return;
      this.#scheduled = true;
      queueMicrotask(() => {
        this.#scheduled = false;
        this.#render();
      });
    }

    #clientFor(kit: Configured) {
      if (this.#view?.base !== kit.client) {
        const report = () => ({ panel: spec.panel });
        this.#view = {
          base: kit.client,
          view: clientView(kit.client, {
            onWrite: (call) => this.#dispatch("ck-saved", { ...report(), ...call }, false),
            onError: (call) => this.#dispatch("ck-error", { ...report(), ...call }, false),
          }),
        };
      }
      return this.#view.view;
    }

    #render() {
      if (!this.#root) return;
      const kit = configured();
      if (this.shadowRoot) {
        this.setAttribute("data-ck-scheme", kit?.config.colorScheme ?? "light");
      }
      if (!kit || (needsCustomer && !this.#props.customerId)) {
        this.#root.render(null);
        return;
      }
      const { config } = kit;
      const props = { ...this.#props, ...this.#callbacks };
      this.#root.render(
        createElement(
          CustomerKitProvider,
          {
            client: this.#clientFor(kit),
            queryClient: kit.queryClient,
            ...(config.locale && { locale: config.locale }),
            ...(config.messages && { messages: config.messages }),
            ...(config.colorScheme && { colorScheme: config.colorScheme }),
            ...(config.nonce && { nonce: config.nonce }),
          },
          createElement(spec.component, props),
        ),
      );
    }
  }

  return Element;
}

function exposePart(element: Element) {
  const part = element.getAttribute("data-part");
  if (part) element.setAttribute("part", part);
}

function exposeParts(node: Node) {
  if (!(node instanceof Element)) return;
  exposePart(node);
  for (const element of node.querySelectorAll("[data-part]")) exposePart(element);
}

/** Defines every element (once: a second copy of the bundle on the page leaves the first's). */
export function defineAll(): void {
  for (const tag of Object.keys(registry) as Tag[]) {
    if (!customElements.get(tag)) customElements.define(tag, elementClass(tag));
  }
}
