/**
 * The streams' replay buffer: the last events of a channel, for a client that
 * reconnects with `Last-Event-ID` (sse.ts). Only what a reconnect can use is
 * kept, within bounds that hold whatever is published:
 *  - a channel's events are kept only once it has had a subscriber (nobody
 *    can miss events of a stream nobody opened);
 *  - per channel, the last `perChannel` events, within `perChannelBytes`
 *    (a replay must never trip the backlog limit by itself);
 *  - all channels together within `totalBytes`, the oldest event of any
 *    channel dropped first;
 *  - each event once, as the frame that was sent (the data is read back from
 *    it only for a filtered replay);
 *  - a channel's events go with its device or application (`forget`), and
 *    every channel's with `emulator.reset()` (`clear`).
 */

export interface ReplayLimits {
  perChannel: number;
  perChannelBytes: number;
  totalBytes: number;
}

interface Kept {
  id: number;
  frame: string;
  bytes: number;
}

interface Log {
  kept: Kept[];
  bytes: number;
}

export interface Replay {
  /** A subscriber opened this channel: keep its events from now on. */
  watch(channel: string): void;
  /** Whether the channel's events are kept (else a publisher need not even build the frame). */
  watched(channel: string): boolean;
  remember(channel: string, id: number, frame: string): void;
  /** The kept frames of the channel after event `after`, oldest first. */
  since(channel: string, after: number): string[];
  forget(channel: string): void;
  clear(): void;
  /** Bytes kept over all channels. */
  size(): number;
}

export function createReplay(limits: ReplayLimits): Replay {
  const logs = new Map<string, Log>();
  let total = 0;

  function dropOldest(log: Log): void {
    const gone = log.kept.shift() as Kept;
    log.bytes -= gone.bytes;
    total -= gone.bytes;
  }

  /** The channel whose oldest kept event is the oldest of all (ids grow over all channels). */
  function oldestLog(): Log | undefined {
    let oldest: Log | undefined;
    logs.forEach((log) => {
      if (log.kept.length && (!oldest || log.kept[0].id < oldest.kept[0].id)) oldest = log;
    });
    return oldest;
  }

  return {
    watch(channel) {
      if (!logs.has(channel)) logs.set(channel, { kept: [], bytes: 0 });
    },
    watched: (channel) => logs.has(channel),
    remember(channel, id, frame) {
      const log = logs.get(channel);
      if (!log) return;
      const bytes = Buffer.byteLength(frame);
      log.kept.push({ id, frame, bytes });
      log.bytes += bytes;
      total += bytes;
      while (log.kept.length > 1 && (log.kept.length > limits.perChannel || log.bytes > limits.perChannelBytes)) dropOldest(log);
      while (total > limits.totalBytes) dropOldest(oldestLog() as Log);
    },
    since(channel, after) {
      const log = logs.get(channel);
      return log ? log.kept.filter((k) => k.id > after).map((k) => k.frame) : [];
    },
    forget(channel) {
      const log = logs.get(channel);
      if (!log) return;
      total -= log.bytes;
      logs.delete(channel);
    },
    clear() {
      logs.clear();
      total = 0;
    },
    size: () => total,
  };
}
