/**
 * The network half of the client (wire.ts) loads on the first request, not with the
 * package: `require` + `createClient` then load no Node built-in the client does not need
 * yet (https, tls, zlib, …), and the cost of a start-up does not grow with the transport.
 * The build turns the `import()` into a chunk: a `require` in the CommonJS build, an
 * `import()` in the ES module build (the browser build has lazy-wire.browser.ts). Once
 * loaded, every call goes straight to it, with no extra promise.
 */
import { LosantError } from '../../errors';
import type { NormalizedOptions } from '../../options';
import type { RequestSpec } from '../prepare';
import { discardBody } from '../transport/body';

type Wire = typeof import('./wire');

let wire: Wire | undefined;
let loading: Promise<Wire> | undefined;

/** The wire module, loaded once; a load that failed (a network hiccup in a browser) is tried again on the next call. */
function loadWire(): Promise<Wire> {
  if (!loading) {
    loading = import('./wire').then((mod) => (wire = mod), (err: unknown) => {
      loading = undefined;
      throw new LosantError(`Could not load the client's transport: ${err instanceof Error ? err.message : String(err)}`, {
        type: 'Network', code: 'ERR_CHUNK_LOAD', cause: err,
      });
    });
  }
  return loading;
}

/** Starts the load without waiting for it (a first call that waits for its resource's table meanwhile); its failure is the call's to report. */
export function preloadWire(): void {
  if (!wire) loadWire().catch(() => undefined);
}

const sendWith = (mod: Wire, options: NormalizedOptions, spec: RequestSpec, stream: boolean) =>
  (stream ? mod.openStream(options, spec) : mod.send(options, spec));

/** As request.ts's `send` (or stream.ts's `openStream` for a stream action), loading the wire first if need be. */
export function sendLater(options: NormalizedOptions, spec: RequestSpec, stream = false): Promise<unknown> {
  if (wire) return sendWith(wire, options, spec, stream);
  return loadWire().then((mod) => sendWith(mod, options, spec, stream), (err: unknown) => {
    // Nothing was sent: an upload's streams go with the call all the same (their files are closed).
    if (spec.form) for (const field of spec.form) discardBody(field.value);
    throw err;
  });
}
