/**
 * The browser twin of abort.ts: always the native AbortController, since a
 * browser's fetch accepts nothing else (abort.ts may hand node-fetch a light
 * stand-in instead).
 */

/** Why an attempt was aborted; the first reason wins. */
export type AbortReason = 'timeout' | 'caller';

export class ReasonedAbort {
  readonly signal: AbortSignal;
  reason: AbortReason | undefined;
  private readonly controller = new AbortController();
  private readonly hooks: Array<() => void> = [];

  /** `native` is accepted for the same signature as abort.ts: in a browser every signal is native. */
  constructor(_native = true) {
    this.signal = this.controller.signal;
  }

  abort(reason: AbortReason): void {
    if (this.reason) return;
    this.reason = reason;
    this.controller.abort();
    for (const hook of this.hooks.splice(0, this.hooks.length)) hook();
  }

  /** Calls `hook` on abort (at once if already aborted), as abort.ts does. */
  onAbort(hook: () => void): void {
    if (this.reason) hook();
    else this.hooks.push(hook);
  }
}
