/**
 * The `tls` option: TLS settings for the client's https:// connections to the
 * API, direct or inside a proxy's CONNECT tunnel (a private CA, a client
 * certificate, …). The trust settings (`ca`, `rejectUnauthorized`) also apply
 * to an https:// proxy itself; a client certificate is never shown to a proxy.
 * Only these names are taken, so a misspelt one (`rejectUnauthorised`) is
 * refused instead of silently ignored.
 */

/** PEM text or DER/PFX bytes (a Buffer is a Uint8Array), or a list of them. */
export type TlsMaterial = string | Uint8Array | Array<string | Uint8Array>;

/** A subset of Node's tls.connect options, with the same meaning. */
export interface TlsOptions {
  /** Certificate authorities to trust instead of Node's bundled list (for a private CA). */
  ca?: TlsMaterial;
  /** A client certificate (PEM), with its `key`. */
  cert?: TlsMaterial;
  key?: TlsMaterial;
  /** A client certificate and key as PKCS#12, with its `passphrase`. */
  pfx?: TlsMaterial;
  passphrase?: string;
  /** Default true: a certificate that does not verify is refused. false is for tests only. */
  rejectUnauthorized?: boolean;
  ciphers?: string;
  minVersion?: string;
  maxVersion?: string;
  /** Called with the host name and the peer certificate; returns an Error to refuse it. */
  checkServerIdentity?: (hostname: string, cert: any) => Error | undefined;
}

const isMaterial = (v: unknown): boolean => typeof v === 'string' || v instanceof Uint8Array;

const FIELD_RULES: { [name: string]: [(value: unknown) => boolean, string] } = {
  ca: [(v) => isMaterial(v) || (Array.isArray(v) && v.every(isMaterial)), 'a PEM string, a Buffer, or an array of them'],
  cert: [(v) => isMaterial(v) || (Array.isArray(v) && v.every(isMaterial)), 'a PEM string, a Buffer, or an array of them'],
  key: [(v) => isMaterial(v) || (Array.isArray(v) && v.every(isMaterial)), 'a PEM string, a Buffer, or an array of them'],
  pfx: [(v) => isMaterial(v) || (Array.isArray(v) && v.every(isMaterial)), 'a Buffer, or an array of them'],
  passphrase: [(v) => typeof v === 'string', 'a string'],
  rejectUnauthorized: [(v) => typeof v === 'boolean', 'true or false'],
  ciphers: [(v) => typeof v === 'string', 'a string'],
  minVersion: [(v) => typeof v === 'string', 'a string such as "TLSv1.2"'],
  maxVersion: [(v) => typeof v === 'string', 'a string such as "TLSv1.3"'],
  checkServerIdentity: [(v) => typeof v === 'function', 'a function'],
};

/** Why a `tls` option value is refused, or undefined. null means none (Node's defaults). */
export function tlsOptionProblem(value: unknown): string | undefined {
  if (value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) return `must be an object of TLS settings (${Object.keys(FIELD_RULES).join(', ')})`;
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (record[name] === undefined) continue;
    const rule = FIELD_RULES[name];
    if (!rule) return `has an unknown setting "${name}" (known: ${Object.keys(FIELD_RULES).join(', ')})`;
    if (!rule[0](record[name])) return `setting "${name}" must be ${rule[1]}`;
  }
  return undefined;
}

/** The settings given (undefined ones dropped), for the origin's TLS and for an https:// proxy's. */
export function tlsSettings(value: TlsOptions | null | undefined): { origin: Record<string, unknown>; proxy: Record<string, unknown> } {
  const origin: Record<string, unknown> = {};
  const proxy: Record<string, unknown> = {};
  if (!value) return { origin, proxy };
  for (const name of Object.keys(FIELD_RULES)) {
    const setting = (value as Record<string, unknown>)[name];
    if (setting === undefined) continue;
    origin[name] = setting;
    if (name === 'ca' || name === 'rejectUnauthorized') proxy[name] = setting;
  }
  return { origin, proxy };
}

const keys: WeakMap<object, string> = new WeakMap();
const functionIds: WeakMap<object, number> = new WeakMap();
let nextFunctionId = 1;

/**
 * A key equal for equal settings, so that each distinct `tls` value gets one
 * set of keep-alive agents, even when a caller builds the object afresh for
 * every call. Remembered per object, so the same object costs one lookup.
 */
export function tlsKey(value: TlsOptions | null | undefined): string {
  if (!value) return '';
  let key = keys.get(value);
  if (key === undefined) {
    const parts: string[] = [];
    for (const name of Object.keys(FIELD_RULES)) {
      const setting = (value as Record<string, unknown>)[name];
      if (setting !== undefined) parts.push(`${name}=${keyPart(setting)}`);
    }
    key = parts.join(';');
    keys.set(value, key);
  }
  return key;
}

function keyPart(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(keyPart).join(',')}]`;
  if (value instanceof Uint8Array) return `b:${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64')}`;
  if (typeof value === 'function') {
    let id = functionIds.get(value);
    if (id === undefined) functionIds.set(value, (id = nextFunctionId++));
    return `f:${id}`;
  }
  return JSON.stringify(value);
}
