/**
 * Cooperative scheduling for work on big pages: do work in slices and give the main thread
 * back between them, so that no single task blocks the page for long (the goal is < 100 ms;
 * slices stop at `SLICE_MS`).
 */

/** Work budget of one slice, in milliseconds (well under the 100 ms long-task goal). */
export const SLICE_MS = 30;

/** Resolves in a new task: `scheduler.yield()` where it exists, else a message-channel hop. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Tracks the time spent in the current slice. */
export interface Slicer {
  /** True once the current slice has used its budget. */
  readonly spent: () => boolean;
  /** Yields to the main thread if the slice is spent, and starts a new slice. */
  pause(): Promise<void>;
}

export function createSlicer(budgetMs = SLICE_MS): Slicer {
  let started = performance.now();
  const spent = () => performance.now() - started >= budgetMs;
  return {
    spent,
    async pause() {
      if (!spent()) return;
      await yieldToMain();
      started = performance.now();
    },
  };
}

/** Calls `fn` once `ms` have passed without another call. */
export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const debounced = (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
  debounced.cancel = () => clearTimeout(timer);
  return debounced;
}
