/**
 * Server-Sent Events for the stream actions. A subscriber holds its response
 * open on a channel (`state:<deviceId>`, `command:<deviceId>`,
 * `mqtt:<applicationId>`); each published event goes to the channel's
 * subscribers whose filter takes it, as `id`, `event` and `data` lines. A
 * comment line is sent every `keepAliveInterval` seconds, so proxies and
 * clients see the connection is alive. The last events of each channel are
 * kept, so a client that reconnects with `Last-Event-ID` gets what it missed.
 * `closeAll()` ends every stream cleanly (the chunked body's last chunk), for
 * `emulator.close()`; one whose client does not take it within a second is
 * closed all the same.
 *
 * A subscriber that stops reading must not make the emulator keep every event
 * for it: what the kernel cannot take waits in the response's buffer, without
 * end (2000 MQTT messages of 32 KB to one that read nothing kept 62 MB). So before
 * each write, a subscriber with more than `maxUnsentBytes` still unsent has
 * its connection closed (destroyed: a last chunk could not reach it either),
 * which frees what waited. A client that is alive reconnects with
 * `Last-Event-ID` and gets what it missed from the replay buffer, which is
 * kept within half that limit so that a replay never trips it by itself.
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
  data: unknown;
  frame: string;
  bytes: number;
}

export interface StreamLimits {
  /** Bytes written to a subscriber but not yet taken by its connection, past which it is closed. */
  maxUnsentBytes: number;
}

export interface StreamHub {
  /** Takes the response over: headers, events as they come, keep-alive comments; ends when the client leaves. */
  open(req: IncomingMessage, res: ServerResponse, channel: string, keepAliveMs: number, accept?: (data: unknown) => boolean): void;
  publish(channel: string, event: string, data: unknown): void;
  /** How many streams are open on a channel (all channels when left out). */
  count(channel?: string): number;
  /** Ends every stream; resolves once each end is written (or, for a client that stopped reading, its connection closed). */
  closeAll(): Promise<void>;
}

/** How long closeAll() waits for a stream's last chunk to be taken before closing its connection. */
const CLOSE_GRACE_MS = 1000;

/** Events kept per channel for clients that reconnect with Last-Event-ID (fewer if they are large). */
const REPLAYED = 100;

function frame(id: number, event: string, data: unknown): string {
  // JSON never holds a raw line break, so the data is one `data:` line.
  return `id: ${id}\nevent: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** What was written to the response and not yet taken by the kernel (`writableLength` is Node 12.9+; its socket's before). */
function unsentBytes(res: ServerResponse): number {
  const own = (res as { writableLength?: number }).writableLength;
  if (typeof own === 'number') return own;
  return res.socket ? res.socket.writableLength : 0;
}

export function createStreamHub(limits: StreamLimits): StreamHub {
  const subscribers = new Set<Subscriber>();
  const recent = new Map<string, { kept: Sent[]; bytes: number }>();
  let lastId = 0;

  function drop(sub: Subscriber): void {
    clearInterval(sub.timer);
    subscribers.delete(sub);
  }

  /** Writes to a subscriber that keeps up; closes one that has stopped reading. */
  function send(sub: Subscriber, text: string): void {
    if (!subscribers.has(sub)) return;
    if (unsentBytes(sub.res) > limits.maxUnsentBytes) {
      drop(sub);
      sub.res.destroy();
      return;
    }
    sub.res.write(text);
  }

  function remember(channel: string, sent: Sent): void {
    const log = recent.get(channel) || { kept: [], bytes: 0 };
    log.kept.push(sent);
    log.bytes += sent.bytes;
    while (log.kept.length > 1 && (log.kept.length > REPLAYED || log.bytes > limits.maxUnsentBytes / 2)) {
      log.bytes -= (log.kept.shift() as Sent).bytes;
    }
    recent.set(channel, log);
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
      const sub: Subscriber = { channel, res, accept, timer: setInterval(() => send(sub, ':keepalive\n\n'), keepAliveMs) };
      subscribers.add(sub);
      res.on('close', () => drop(sub));
      res.on('finish', () => drop(sub));
      // A first comment at once, so the client knows the stream is open before any event.
      send(sub, ':connected\n\n');
      const after = Number(req.headers['last-event-id']);
      const log = recent.get(channel);
      if (after >= 0 && log) for (const sent of log.kept) if (sent.id > after && accept(sent.data)) send(sub, sent.frame);
    },
    publish(channel, event, data) {
      const id = ++lastId;
      const text = frame(id, event, data);
      const sent = { id, data, frame: text, bytes: Buffer.byteLength(text) };
      remember(channel, sent);
      subscribers.forEach((sub) => {
        if (sub.channel === channel && sub.accept(data)) send(sub, sent.frame);
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
          // The last chunk reaches a client that reads; one that stopped reading would never
          // take it (close() used to wait for it forever): after a moment its connection goes.
          const timer = setTimeout(() => sub.res.destroy(), CLOSE_GRACE_MS);
          const done = () => {
            clearTimeout(timer);
            resolve();
          };
          sub.res.on('close', done);
          sub.res.end(done);
        }));
      });
      return Promise.all(ending).then(() => undefined);
    },
  };
}
