/**
 * `losant-org-client/emulator`: a local, stateful HTTP emulator of the whole
 * Losant API, for running code and tests with no account and no network. A
 * separate entry point, so that the client bundle does not carry it.
 */
import { createApp } from './server/app';
import { createClock } from './state/clock';
import { demoOf } from './seed/demo';
import type { EmulatorDemo } from './seed/demo';
import { loadData, saveData } from './seed/persist';
import { loadSeed, seedFrom, toSeed, toState } from './seed/seed';
import { listen } from './server/server';
import { createStreamHub } from './server/sse';
import { checkStartOptions } from './start-options';
import type { Seed, SeedToken, State } from './types';

export { defaultSeed } from './seed/default-seed';
export type { EmulatorDemo } from './seed/demo';
export type {
  Seed, SeedToken, SeedOrg, SeedResource, SeedUsage, SeedWhen, SeedDeviceDay, SeedNotebookDay, SeedPayloads, PayloadType,
  SeedUser, SeedResources, SeedMoment, SeedDeviceState, SeedDeviceCommand,
} from './types';

/** The least a stream subscriber may have unsent before it counts as not reading (docs/emulator.md, Streams). */
const STREAM_BACKLOG_BYTES = 8 * 1024 * 1024;

export interface EmulatorOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** A seed document, or the path of a JSON file holding one. Default: `defaultSeed`. */
  seed?: Seed | string;
  /**
   * A JSON file: loaded instead of the seed when it exists (and must then be a valid seed),
   * rewritten atomically after every change, owner-only; a symlink is written through to its target.
   */
  data?: string;
  /** Request bodies larger than this get 413, whatever the method. A positive integer; default 1 MiB. */
  maxBodyBytes?: number;
  /** The time source (ms since epoch), for tests that need a fixed "today". Default Date.now. */
  now?: () => number;
  /** Called with one line per answered request (`GET /orgs/… → 200`). */
  log?: (line: string) => void;
}

export interface Emulator {
  /** `http://127.0.0.1:PORT`, no trailing slash: pass it as the client's `url`. */
  url: string;
  port: number;
  /** Ends every open stream, stops listening and closes every connection, idle keep-alive ones included. */
  close(): Promise<void>;
  /** The tokens the emulator accepts, with their scopes. */
  tokens: SeedToken[];
  /** The organizations present at start. */
  orgIds: string[];
  demo: EmulatorDemo;
  /** The current state, as a seed document (a copy). */
  snapshot(): Seed;
  /** Back to exactly the state it started with, even if the clock moved on (and, with `data`, writes that state). */
  reset(): void;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const { port, host, maxBodyBytes } = checkStartOptions(options);
  const clock = createClock(options.now);
  // A data file that exists is the state, whatever it holds: one that is not a
  // valid seed (even `null`) stops the start instead of being replaced.
  const stored = options.data ? loadData(options.data) : { found: false };
  const initial = stored.found ? seedFrom(stored.value, `data file ${options.data}`) : loadSeed(options.seed);
  // Relative days and default invite dates are pinned to this moment, once:
  // reset() returns to exactly this state, however far the clock has moved.
  const startedAt = clock.now();
  const startState = () => toState(JSON.parse(JSON.stringify(initial)), startedAt);
  let state: State = startState();
  // A subscriber may fall this far behind before its stream is closed: well above what one
  // request can send to it at once (a sendState of many states, about a few bodies' worth).
  const streams = createStreamHub({ maxUnsentBytes: Math.max(STREAM_BACKLOG_BYTES, 8 * maxBodyBytes) });
  // The last state written to `data`: a write that cannot be saved is undone,
  // so memory and file never disagree (the request then gets a 500).
  let saved: Seed | undefined;
  const persist = () => {
    if (!options.data) return;
    const next = toSeed(state);
    try {
      saveData(options.data, next);
      saved = next;
    } catch (err) {
      if (saved) state = toState(JSON.parse(JSON.stringify(saved)), clock.now());
      throw err;
    }
  };
  // The file exists (and holds absolute dates) from the start, not only after the first write.
  persist();

  const app = createApp({
    state: () => state,
    clock,
    maxBodyBytes,
    streams,
    onWrite: persist,
    log: options.log,
  });
  const server = await listen(app, port, host, () => streams.closeAll());
  const demo = demoOf(initial, startState());
  const urlHost = host.indexOf(':') !== -1 ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${server.port}`,
    port: server.port,
    close: server.close,
    tokens: initial.tokens.map((t) => ({ ...t, scopes: t.scopes.slice() })),
    orgIds: initial.orgs.map((o) => o.id),
    demo,
    snapshot: () => toSeed(state),
    reset() {
      state = startState();
      // Events of the old state must not reach the next test through Last-Event-ID.
      streams.clearReplay();
      persist();
    },
  };
}
