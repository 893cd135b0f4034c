/**
 * The browser twin of later.ts: a microtask, queued from a promise reaction
 * but not part of the chain. An exception thrown in a microtask is reported
 * like any uncaught exception (window `error` event), never as an unhandled
 * rejection; and unlike setTimeout(…, 0) it is not clamped to 4 ms.
 */
const queue: (task: () => void) => void =
  typeof queueMicrotask === 'function' ? (task) => queueMicrotask(task) : (task) => { setTimeout(task, 0); };

export function later(fn: (first: any, second?: any) => void, first: unknown, second?: unknown): void {
  // The callback gets exactly the arguments given: `(err)` alone, or `(null, result)`.
  if (arguments.length > 2) queue(() => fn(first, second));
  else queue(() => fn(first));
}
