/**
 * The slice of the WHATWG fetch API this library uses, so that node-fetch@2,
 * Node's global fetch or any compatible function can be injected.
 */
export interface FetchHeadersLike {
  get(name: string): string | null;
}

export interface FetchResponseLike {
  status: number;
  statusText: string;
  headers: FetchHeadersLike;
  /** A Node Readable (node-fetch) or a WHATWG ReadableStream (global fetch), or null. */
  body: unknown;
  text(): Promise<string>;
}

export interface FetchInit {
  method: string;
  headers: Record<string, string>;
  /** JSON text, or an upload's body: a Buffer, a Node Readable (node-fetch) or a FormData (browsers). */
  body?: unknown;
  redirect: 'manual';
  signal: unknown;
  /** node-fetch only: the agent (or a function returning one) for the connection. */
  agent?: unknown;
}

export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponseLike>;
