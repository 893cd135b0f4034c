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
 * `Last-Event-ID` and gets what it missed from the replay buffer (replay.ts),
 * kept within half that limit per channel so that a replay never trips it by
 * itself, and within twice that limit over all channels.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import { CORS_HEADERS } from './cors';
import { createReplay } from './replay';

interface Subscriber {
  channel: string;
  res: ServerResponse;
  /** Which events the subscriber takes (an MQTT topic filter); all when left out. */
  accept?: (data: unknown) => boolean;
  timer: NodeJS.Timeout;
}

export interface StreamLimits {
  /** Bytes written to a subscriber but not yet taken by its connection, past which it is closed. */
  maxUnsentBytes: number;
}

export interface StreamHub {
  /** Takes the response over: headers, events as they come, keep-alive comments; ends when the client leaves. */
  open(req: IncomingMessage, res: ServerResponse, channel: string, keepAliveMs: number, accept?: (data: unknown) => boolean): void;
  publish(channel: string, event: string, data: unknown): void;
  /** Whether anything published on the channel would be sent or kept (else a publisher may skip building it). */
  listening(channel: string): boolean;
  /** How many streams are open on a channel (all channels when left out). */
  count(channel?: string): number;
  /** The channel's item is gone: its open streams end, its replay buffer is dropped. */
  forget(channel: string): void;
  /** Drops every replay buffer (`emulator.reset()`): a test's events do not reach the next through Last-Event-ID. */
  clearReplay(): void;
  /** Bytes the replay buffers hold. */
  replayBytes(): number;
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

/** The data a frame carries, read back for a filtered replay. */
function dataOf(text: string): unknown {
  return JSON.parse(text.slice(text.indexOf('\ndata: ') + 7));
}

/** What was written to the response and not yet taken by the kernel (`writableLength` is Node 12.9+; its socket's before). */
function unsentBytes(res: ServerResponse): number {
  const own = (res as { writableLength?: number }).writableLength;
  if (typeof own === 'number') return own;
  return res.socket ? res.socket.writableLength : 0;
}

export function createStreamHub(limits: StreamLimits): StreamHub {
  const channels = new Map<string, Set<Subscriber>>();
  const replay = createReplay({ perChannel: REPLAYED, perChannelBytes: limits.maxUnsentBytes / 2, totalBytes: 2 * limits.maxUnsentBytes });
  let lastId = 0;

  function drop(sub: Subscriber): void {
    clearInterval(sub.timer);
    const subs = channels.get(sub.channel);
    if (subs && subs.delete(sub) && !subs.size) channels.delete(sub.channel);
  }

  const isOpen = (sub: Subscriber) => (channels.get(sub.channel) || new Set()).has(sub);

  /** Writes to a subscriber that keeps up; closes one that has stopped reading. */
  function send(sub: Subscriber, text: string): void {
    if (!isOpen(sub)) return;
    if (unsentBytes(sub.res) > limits.maxUnsentBytes) {
      drop(sub);
      sub.res.destroy();
      return;
    }
    sub.res.write(text);
  }

  const all = (): Subscriber[] => {
    const out: Subscriber[] = [];
    channels.forEach((subs) => subs.forEach((sub) => out.push(sub)));
    return out;
  };

  return {
    open(req, res, channel, keepAliveMs, accept) {
      res.writeHead(200, {
        ...CORS_HEADERS,
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
      if (!channels.has(channel)) channels.set(channel, new Set());
      (channels.get(channel) as Set<Subscriber>).add(sub);
      replay.watch(channel);
      res.on('close', () => drop(sub));
      res.on('finish', () => drop(sub));
      // A first comment at once, so the client knows the stream is open before any event.
      send(sub, ':connected\n\n');
      const after = Number(req.headers['last-event-id']);
      if (after >= 0) for (const text of replay.since(channel, after)) if (!accept || accept(dataOf(text))) send(sub, text);
    },
    publish(channel, event, data) {
      const id = ++lastId;
      const subs = channels.get(channel);
      // Nobody listens and nobody can reconnect: nothing to build.
      if (!subs && !replay.watched(channel)) return;
      const text = frame(id, event, data);
      replay.remember(channel, id, text);
      if (subs) subs.forEach((sub) => { if (!sub.accept || sub.accept(data)) send(sub, text); });
    },
    listening: (channel) => channels.has(channel) || replay.watched(channel),
    count(channel) {
      if (channel !== undefined) return (channels.get(channel) || new Set()).size;
      return all().length;
    },
    forget(channel) {
      replay.forget(channel);
      (channels.get(channel) || new Set<Subscriber>()).forEach((sub) => {
        drop(sub);
        sub.res.end();
      });
    },
    clearReplay: () => replay.clear(),
    replayBytes: () => replay.size(),
    closeAll() {
      const ending: Array<Promise<void>> = [];
      all().forEach((sub) => {
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
