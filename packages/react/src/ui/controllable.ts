"use client";
import { useCallback, useRef, useState } from "react";

/**
 * A value the host may control (`value` + `onChange`) or leave to the component (`defaultValue`),
 * as Radix's `useControllableState`.
 */
export function useControllable<T>(
  value: T | undefined,
  defaultValue: T,
  onChange: ((value: T) => void) | undefined,
): [T, (next: T) => void] {
  const [own, setOwn] = useState(defaultValue);
  const controlled = value !== undefined;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setOwn(next);
      onChangeRef.current?.(next);
    },
    [controlled],
  );
  return [controlled ? (value as T) : own, set];
}

/**
 * Remembers what had focus when a form or view opened, and gives focus back to it when it closes
 * (or to `fallback()` when that element is gone: a list row re-rendered, an empty state's button).
 */
export function useReturnFocus() {
  const opener = useRef<HTMLElement | null>(null);
  return {
    remember: () => {
      opener.current = document.activeElement as HTMLElement | null;
    },
    restore: (fallback: () => HTMLElement | null | undefined) => {
      const target = opener.current;
      opener.current = null;
      // After React has committed the close, so that the element (or the fallback) is there.
      setTimeout(() => (target?.isConnected ? target : fallback())?.focus(), 0);
    },
  };
}
