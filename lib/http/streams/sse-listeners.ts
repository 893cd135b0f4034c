/**
 * The listener half of the W3C EventSource (EventTarget plus the `onopen`,
 * `onmessage`, `onerror` handler attributes), with the DOM's rules: a
 * listener is added once per type, a listener removed during a dispatch is
 * not called by it, and a handler attribute takes its place among the
 * listeners when first set (setting it again replaces it in place).
 *
 * A listener that throws must neither stop the stream nor be swallowed: the
 * exception is rethrown from a timer of its own (browsers "report the
 * exception" the same way), so it reaches `uncaughtException` on Node or
 * `window.onerror` in a browser, while the remaining listeners and events are
 * still delivered.
 */
import type { LosantError } from '../../errors';

/** An `open` event, and what every event has. */
export interface StreamEvent {
  readonly type: string;
  /** The event source that dispatched it. */
  readonly target?: unknown;
}

/** A message: type `message`, or the stream's `event:` name (`deviceState`, …). */
export interface StreamMessageEvent extends StreamEvent {
  readonly data: string;
  readonly lastEventId: string;
  /** The origin of the stream's final URL, e.g. `https://api.losant.com`. */
  readonly origin: string;
}

/** An `error` event: the connection was lost (a reconnect follows) or failed for good (readyState CLOSED). */
export interface StreamErrorEvent extends StreamEvent {
  readonly message: string;
  /** The HTTP status of a refused reconnect, as eventsource@1 reports it. */
  readonly status?: number;
  /** What went wrong, when something did (not for a stream the server ended cleanly). */
  readonly error?: LosantError;
}

export type StreamListener<E extends StreamEvent = StreamEvent> = (event: E) => void;

interface Entry {
  listener: StreamListener<any>;
  handler: boolean;
  removed: boolean;
}

/** Rethrows outside the stream's own code path, on a later macrotask. */
export function reportUncaught(error: unknown): void {
  setTimeout(() => {
    throw error;
  }, 0);
}

export class StreamEventTarget {
  private listeners: { [type: string]: Entry[] } = Object.create(null);

  addEventListener(type: 'open', listener: StreamListener): void;
  addEventListener(type: 'error', listener: StreamListener<StreamErrorEvent>): void;
  addEventListener(type: string, listener: StreamListener<StreamMessageEvent>): void;
  addEventListener(type: string, listener: StreamListener<any>): void {
    if (typeof listener !== 'function') return;
    const list = this.listeners[type] || (this.listeners[type] = []);
    for (const entry of list) {
      if (!entry.handler && entry.listener === listener) return;
    }
    list.push({ listener, handler: false, removed: false });
  }

  removeEventListener(type: string, listener: StreamListener<any>): void {
    const list = this.listeners[type];
    if (!list) return;
    for (let i = 0; i < list.length; i++) {
      if (!list[i].handler && list[i].listener === listener) {
        list[i].removed = true;
        list.splice(i, 1);
        return;
      }
    }
  }

  /** Calls every listener of `event.type` in order; always returns true (no event is cancelable). */
  dispatchEvent(event: StreamEvent | StreamMessageEvent | StreamErrorEvent): boolean {
    const list = this.listeners[event.type];
    if (!list) return true;
    for (const entry of list.slice()) {
      if (entry.removed) continue;
      try {
        entry.listener.call(this, event);
      } catch (error) {
        reportUncaught(error);
      }
    }
    return true;
  }

  get onopen(): StreamListener | null {
    return this.handler('open');
  }
  set onopen(listener: StreamListener | null) {
    this.setHandler('open', listener);
  }
  get onmessage(): StreamListener<StreamMessageEvent> | null {
    return this.handler('message');
  }
  set onmessage(listener: StreamListener<StreamMessageEvent> | null) {
    this.setHandler('message', listener);
  }
  get onerror(): StreamListener<StreamErrorEvent> | null {
    return this.handler('error');
  }
  set onerror(listener: StreamListener<StreamErrorEvent> | null) {
    this.setHandler('error', listener);
  }

  private handler(type: string): StreamListener<any> | null {
    const list = this.listeners[type] || [];
    for (const entry of list) {
      if (entry.handler) return entry.listener;
    }
    return null;
  }

  private setHandler(type: string, listener: StreamListener<any> | null): void {
    const list = this.listeners[type] || (this.listeners[type] = []);
    const index = list.findIndex((entry) => entry.handler);
    if (typeof listener !== 'function') {
      if (index >= 0) list.splice(index, 1)[0].removed = true;
    } else if (index >= 0) {
      list[index].listener = listener;
    } else {
      list.push({ listener, handler: true, removed: false });
    }
  }
}
