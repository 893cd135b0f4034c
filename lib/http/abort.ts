/**
 * An abort controller that remembers why it aborted. Uses the global
 * AbortController where there is one (Node >= 15) and, on older Node, a
 * minimal stand-in (the built-in transport uses only `aborted` and
 * add/removeEventListener; node-fetch@2 also checks the constructor name).
 */

type Listener = () => void;

class FallbackSignal {
  aborted = false;
  onabort: Listener | null = null;
  private listeners: Listener[] = [];
  addEventListener(_type: string, listener: Listener): void {
    this.listeners.push(listener);
  }
  removeEventListener(_type: string, listener: Listener): void {
    const index = this.listeners.indexOf(listener);
    if (index >= 0) this.listeners.splice(index, 1);
  }
  dispatch(): void {
    this.aborted = true;
    for (const listener of this.listeners.slice()) listener();
    if (this.onabort) this.onabort();
  }
}
// node-fetch@2 checks `signal.constructor.name === 'AbortSignal'`.
Object.defineProperty(FallbackSignal, 'name', { value: 'AbortSignal' });

interface NativeController {
  signal: unknown;
  abort(): void;
}
const NativeAbortController: (new () => NativeController) | undefined =
  typeof AbortController === 'function' ? (AbortController as unknown as new () => NativeController) : undefined;

/** Why an attempt was aborted; the first reason wins. */
export type AbortReason = 'timeout' | 'caller';

export class ReasonedAbort {
  readonly signal: unknown;
  reason: AbortReason | undefined;
  private readonly native: NativeController | undefined;
  /** Our own listeners (readBody's stop): called after the signal's, whatever the fetch does with it. */
  private readonly hooks: Array<() => void> = [];
  private readonly fallback: FallbackSignal | undefined;

  /**
   * `native: false` gives the light stand-in even where AbortController exists:
   * the built-in transport accepts it, and a native AbortSignal cost ~14 µs of
   * CPU per request on Node 20 (EventTarget set-up and listeners, measured
   * under node-fetch). A fetch brought by the caller (undici checks the brand)
   * gets the native one.
   */
  constructor(native = true) {
    if (native && NativeAbortController) {
      this.native = new NativeAbortController();
      this.signal = this.native.signal;
    } else {
      this.fallback = new FallbackSignal();
      this.signal = this.fallback;
    }
  }

  abort(reason: AbortReason): void {
    if (this.reason) return;
    this.reason = reason;
    if (this.native) this.native.abort();
    else if (this.fallback) this.fallback.dispatch();
    for (const hook of this.hooks.splice(0, this.hooks.length)) hook();
  }

  /** Calls `hook` on abort (at once if already aborted): a fetch may stop listening to its signal before the body is read. */
  onAbort(hook: () => void): void {
    if (this.reason) hook();
    else this.hooks.push(hook);
  }
}
