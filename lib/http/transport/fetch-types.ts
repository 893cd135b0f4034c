/**
 * The slice of the WHATWG fetch API this library uses, so that the built-in
 * transport (node-request.ts), Node's global fetch, node-fetch@2 or any
 * compatible function can be used.
 */
export interface FetchHeadersLike {
  get(name: string): string | null;
}

export interface FetchResponseLike {
  status: number;
  statusText: string;
  headers: FetchHeadersLike;
  /** A Node Readable (the built-in transport, node-fetch) or a WHATWG ReadableStream (global fetch), or null. */
  body: unknown;
  text(): Promise<string>;
}

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  /** JSON text, or an upload's body: a Buffer, a Node Readable (Node transports) or a FormData (browsers). */
  body?: unknown;
  redirect: 'manual';
  signal: unknown;
  /** node-fetch's agent option; the client itself never sets it. */
  agent?: unknown;
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponseLike>;
