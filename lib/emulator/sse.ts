/**
 * Server-Sent Events for the stream actions. A subscriber holds its response
 * open on a channel (`state:<deviceId>`, `command:<deviceId>`,
 * `mqtt:<applicationId>`); each published event goes to the channel's
 * subscribers whose filter takes it, as `id`, `event` and `data` lines. A
 * comment line is sent every `keepAliveInterval` seconds, so proxies and
 * clients see the connection is alive. The last events of each channel are
 * kept, so a client that reconnects with `Last-Event-ID` gets what it missed.
 * `closeAll()` ends every stream cleanly (the chunked body's last chunk), for
 * `emulator.close()`.
 */
import type { IncomingMessage, ServerResponse } from 'http';

interface Subscriber {
  channel: string;
  res: ServerResponse;
  accept: (data: unknown) => boolean;
  timer: NodeJS.Timeout;
}

interface Sent {
  id: number;
  event: string;
  data: unknown;
}

export interface StreamHub {
  /** Takes the response over: headers, events as they come, keep-alive comments; ends when the client leaves. */
  open(req: IncomingMessage, res: ServerResponse, channel: string, keepAliveMs: number, accept?: (data: unknown) => boolean): void;
  publish(channel: string, event: string, data: unknown): void;
  /** How many streams are open on a channel (all channels when left out). */
  count(channel?: string): number;
  /** Ends every stream; resolves once each end is written. */
  closeAll(): Promise<void>;
}

/** Events kept per channel for clients that reconnect with Last-Event-ID. */
const REPLAYED = 100;

function frame(sent: Sent): string {
  // JSON never holds a raw line break, so the data is one `data:` line.
  return `id: ${sent.id}\nevent: ${sent.event}\ndata: ${JSON.stringify(sent.data)}\n\n`;
}

export function createStreamHub(): StreamHub {
  const subscribers = new Set<Subscriber>();
  const recent = new Map<string, Sent[]>();
  let lastId = 0;

  function drop(sub: Subscriber): void {
    clearInterval(sub.timer);
    subscribers.delete(sub);
  }

  return {
    open(req, res, channel, keepAliveMs, accept = () => true) {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      });
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      // A first comment at once, so the client knows the stream is open before any event.
      res.write(':connected\n\n');
      const after = Number(req.headers['last-event-id']);
      if (after >= 0) for (const sent of recent.get(channel) || []) if (sent.id > after && accept(sent.data)) res.write(frame(sent));
      const timer = setInterval(() => res.write(':keepalive\n\n'), keepAliveMs);
      const sub: Subscriber = { channel, res, accept, timer };
      subscribers.add(sub);
      res.on('close', () => drop(sub));
      res.on('finish', () => drop(sub));
    },
    publish(channel, event, data) {
      const sent = { id: ++lastId, event, data };
      const kept = recent.get(channel) || [];
      kept.push(sent);
      if (kept.length > REPLAYED) kept.shift();
      recent.set(channel, kept);
      subscribers.forEach((sub) => {
        if (sub.channel === channel && sub.accept(data)) sub.res.write(frame(sent));
      });
    },
    count(channel) {
      let n = 0;
      subscribers.forEach((sub) => { if (channel === undefined || sub.channel === channel) n++; });
      return n;
    },
    closeAll() {
      const ending: Array<Promise<void>> = [];
      subscribers.forEach((sub) => {
        drop(sub);
        ending.push(new Promise((resolve) => {
          sub.res.on('close', () => resolve());
          sub.res.end(() => resolve());
        }));
      });
      return Promise.all(ending).then(() => undefined);
    },
  };
}
