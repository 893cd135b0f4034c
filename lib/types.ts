/**
 * Public TypeScript types that every action shares: the callback, the method's two forms,
 * uploads and event streams. The per-action types are generated (lib/generated/api.ts,
 * which imports these); Params<…> and Result<…> index into them (api-types.ts).
 */
import type { LosantError } from './errors';
import type { CallOptions } from './options';

/** Overrides of the `_actions`, `_links`, `_embedded` query values every action sends. */
export interface HalParams {
  _actions?: boolean | string;
  _links?: boolean | string;
  _embedded?: boolean | string;
}

/** A Node-style callback. `err` is null on success. */
export type Callback<R> = (err: LosantError | null, result: R) => void;

/** One action: callback forms return void, the promise form returns the exact result type. */
export interface ActionMethod<P, R> {
  (params: P, callback: Callback<R>): void;
  (params: P, options: CallOptions | undefined, callback: Callback<R>): void;
  (params: P, options?: CallOptions): Promise<R>;
}

/** Anything that can be piped, such as `fs.createReadStream(path)` (structural, so no @types/node is needed). */
export interface ReadableLike {
  pipe(destination: any, options?: any): any;
  on(event: string, listener: (...args: any[]) => void): any;
}

/**
 * A Blob or a File (structural, so that neither lib DOM nor @types/node is
 * needed to name it). The browser build sends one with the native FormData;
 * on Node, pass a Buffer or a stream instead.
 */
export interface BlobLike {
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
  slice(start?: number, end?: number, contentType?: string): BlobLike;
}

/**
 * A file to upload: its bytes (a Buffer or other Uint8Array) or its text anywhere; a
 * readable stream on Node; a Blob or File in a browser.
 */
export type UploadFile = Uint8Array | string | ReadableLike | BlobLike;

/** A Server-Sent Event, as the W3C EventSource delivers it. */
export interface StreamEvent {
  readonly type: string;
  /** The event's data (JSON text for the API's events: `JSON.parse(event.data)`). */
  readonly data: string;
  readonly lastEventId: string;
  readonly origin: string;
}

/** What a stream action resolves with: the W3C EventSource interface. */
export interface EventSourceLike {
  readonly url: string;
  /** 0 connecting, 1 open, 2 closed. */
  readonly readyState: number;
  readonly withCredentials: boolean;
  readonly CONNECTING: number;
  readonly OPEN: number;
  readonly CLOSED: number;
  onopen: ((event: { type: string }) => void) | null;
  onmessage: ((event: StreamEvent) => void) | null;
  onerror: ((event: { type: string; message?: string; status?: number }) => void) | null;
  addEventListener(type: string, listener: (event: StreamEvent) => void): void;
  removeEventListener(type: string, listener: (event: StreamEvent) => void): void;
  /** Ends the stream at once; no event follows. */
  close(): void;
}

/** A request for any path, for `client.request`. */
export interface RawRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  /** Appended to the base URL as given (encode your own path segments). */
  path: string;
  query?: Record<string, unknown>;
  headers?: Record<string, string>;
  body?: unknown;
}

/** An HTTP method in either case, as axios (and so losant-rest 2.x) took it. */
export type LegacyRawMethod =
  | 'get' | 'GET' | 'post' | 'POST' | 'put' | 'PUT' | 'patch' | 'PATCH'
  | 'delete' | 'DELETE' | 'head' | 'HEAD' | 'options' | 'OPTIONS';

/**
 * losant-rest 2.x's form of a request for `client.request` (an axios request config):
 * what programs written for losant-rest pass, e.g. `{ method: 'get', url: '/whitelabels/domain' }`.
 */
export interface LegacyRawRequest {
  /** Any case; GET when left out. */
  method?: LegacyRawMethod;
  /** Appended to the base URL as given, like `path`; it may carry a query of its own. */
  url: string;
  /** The query, serialized as the actions' query is (as losant-rest's qs did). */
  params?: Record<string, unknown>;
  /** The body, sent as JSON. */
  data?: object;
  headers?: Record<string, string>;
}

export interface RawRequestMethod {
  <R = unknown>(request: RawRequest | LegacyRawRequest, callback: Callback<R>): void;
  <R = unknown>(request: RawRequest | LegacyRawRequest, options: CallOptions | undefined, callback: Callback<R>): void;
  <R = unknown>(request: RawRequest | LegacyRawRequest, options?: CallOptions): Promise<R>;
}
