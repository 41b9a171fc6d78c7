/**
 * What the bench measures inside the page, on the page's own clock (`performance.now()`, the clock
 * of `event.timeStamp` and of performance entries), so that Playwright's round trips are not in
 * the figures. `bench/run.ts` drives it through `window.bench`.
 */

/** A long task (> 50 ms on the main thread), from the Long Tasks API. */
export interface Task {
  start: number;
  duration: number;
}

/** An input event slower than 16 ms, from the Event Timing API (what INP is made of). */
export interface SlowEvent {
  name: string;
  start: number;
  duration: number;
  /** From the event's start until its handlers ran (waiting for a busy main thread). */
  inputDelay: number;
}

/** How long from the click on `[data-bench="open"]` until each thing was on screen, in ms. */
export interface Timing {
  /** The customer's name in the dialog title (or the baseline's heading). */
  name: number;
  /** The first panel's content, with no skeleton left in it (the dialog only). */
  panel?: number;
  /** When the customer's `GET` started (Resource Timing; absent when served from the cache). */
  fetchStart?: number;
  /** When its response had arrived. */
  responseEnd?: number;
}

/** The first fetch of `path` (an URL's end) that started at or after `since`. */
export function resourceAfter(path: string, since: number) {
  return (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).find(
    (e) => e.startTime >= since && new URL(e.name).pathname.endsWith(path),
  );
}

const tasks: Task[] = [];
const events: SlowEvent[] = [];
const supported = PerformanceObserver.supportedEntryTypes;

if (supported.includes("longtask")) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: "longtask", buffered: true });
}
if (supported.includes("event")) {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[])
      events.push({
        name: e.name,
        start: e.startTime,
        duration: e.duration,
        inputDelay: e.processingStart - e.startTime,
      });
    // 16 ms is the smallest threshold the spec allows; the default (104 ms) would hide most.
  }).observe({ type: "event", buffered: true, durationThreshold: 16 } as PerformanceObserverInit);
}

const ACTIVE_PANEL = '[data-part="dialog-panel"][data-state="active"]';

/** Whether the dialog's open panel shows its content: rendered, no skeleton or loading region. */
export function panelSettled(): boolean {
  const panel = document.querySelector(ACTIVE_PANEL);
  return (
    !!panel &&
    panel.childElementCount > 0 &&
    !panel.querySelector('[data-part="loading"], [data-part="skeleton"]')
  );
}

/**
 * Resolves with the time of the first frame after `done()` became true (with `frame: false`, the
 * time it became true): checked now and on every DOM change (a MutationObserver, so no polling
 * interval adds to the figure).
 */
export function when(
  done: () => boolean,
  what: string,
  { timeoutMs = 15_000, frame: toFrame = true } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const frame = () =>
      toFrame
        ? requestAnimationFrame(() => resolve(performance.now()))
        : resolve(performance.now());
    if (done()) return frame();
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`bench: ${what} not seen within ${timeoutMs} ms`));
    }, timeoutMs);
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      clearTimeout(timer);
      frame();
    });
    observer.observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

let clickedAt: number | undefined;
let onClick: (() => void) | undefined;
// Capture phase, before React's handler: `timeStamp` is when the browser created the event.
document.addEventListener(
  "click",
  (event) => {
    if (!(event.target as Element | null)?.closest?.('[data-bench="open"]')) return;
    clickedAt = event.timeStamp;
    onClick?.();
  },
  true,
);

/** Resolves with the click's time once the next click on `[data-bench="open"]` happens. */
export function nextClick(): Promise<number> {
  clickedAt = undefined;
  return new Promise((resolve) => {
    onClick = () => {
      onClick = undefined;
      resolve(clickedAt as number);
    };
  });
}

export const probe = {
  now: () => performance.now(),
  tasks: (from: number, to: number) => tasks.filter((t) => t.start >= from && t.start < to),
  events: (from: number, to: number) => events.filter((e) => e.start >= from && e.start < to),
  supports: { longtask: supported.includes("longtask"), event: supported.includes("event") },
};
