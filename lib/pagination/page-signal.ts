/**
 * The signal one page is sent with, when the walk has a deadline: it aborts when the
 * caller's signal does, or when the time left to the walk runs out. The timer runs only
 * while the page is in flight, so nothing is left pending between pages or after the walk.
 */
import type { AbortSignalLike } from '../options';

type Listener = () => void;

export class PageSignal implements AbortSignalLike {
  aborted = false;
  /** True when the walk's time ran out (rather than the caller aborting). */
  timedOut = false;
  private listeners: Listener[] = [];
  private readonly timer: ReturnType<typeof setTimeout>;
  private readonly onCallerAbort = () => this.abort(false);

  constructor(private readonly caller: AbortSignalLike | undefined, ms: number) {
    if (caller && caller.aborted) this.aborted = true;
    else if (caller) caller.addEventListener('abort', this.onCallerAbort);
    this.timer = setTimeout(() => this.abort(true), ms);
  }

  addEventListener(_type: 'abort', listener: Listener): void {
    this.listeners.push(listener);
  }

  removeEventListener(_type: 'abort', listener: Listener): void {
    const index = this.listeners.indexOf(listener);
    if (index >= 0) this.listeners.splice(index, 1);
  }

  /** Once the page is settled: stops the timer and stops listening to the caller's signal. */
  release(): void {
    clearTimeout(this.timer);
    if (this.caller) this.caller.removeEventListener('abort', this.onCallerAbort);
  }

  private abort(timedOut: boolean): void {
    if (this.aborted) return;
    this.aborted = true;
    this.timedOut = timedOut;
    this.release();
    for (const listener of this.listeners.slice()) listener();
  }
}
