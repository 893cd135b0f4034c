/**
 * The default transport's exchange: one HTTP request over Node's http or
 * https module, in the shape of fetch (a FetchLike), sent the way node-fetch@2
 * sent it before (the same default headers, Content-Length rules, redirects
 * left to the caller, gzip/deflate/br decoding, abort by signal, and errors
 * named `FetchError` that say "request to <url> failed, reason: …").
 *
 * Why not node-fetch's own fetch(): it never listens to the response's
 * `error` event, and hands nobody the request or the response, so no caller
 * can either. Under nock 9 or 10 on Node >= 18 that error is raised by every
 * mocked response, and crashed the process (plain node-fetch crashes the same
 * way; losant-rest's axios listens, so it did not). Owning the request lets
 * node-response.ts listen to the response and its socket.
 *
 * `http.request` is looked up on the module at each call, as node-fetch did,
 * so that mocking libraries that replace it (nock) intercept our requests.
 */
import http from 'http';
import https from 'https';
import type { Agent, ClientRequest, OutgoingHttpHeaders } from 'http';
import type { FetchInit } from './fetch-types';
import { answerWithoutBody, failBody, guardSocket, NodeFetchResponse, toFetchResponse } from './node-response';
import { WhatwgURL } from '../url/url-class';

/** Chooses the agent (direct, or through a proxy) for each URL; may throw a LosantError (a bad proxy variable). */
export type AgentChooser = (target: URL) => Agent;

/** A transport failure, shaped as node-fetch's: `type` 'system', and the system error's `code` and `errno`. */
export class FetchError extends Error {
  readonly type: string;
  readonly code: string | undefined;
  readonly errno: string | undefined;
  constructor(message: string, type: string, systemError?: Error & { code?: string }) {
    super(message);
    Object.defineProperty(this, 'name', { value: 'FetchError', enumerable: false, configurable: true, writable: true });
    this.type = type;
    this.code = this.errno = systemError ? systemError.code : undefined;
  }
}

function abortError(): Error {
  const error = new Error('The user aborted a request.') as Error & { type: string };
  Object.defineProperty(error, 'name', { value: 'AbortError', enumerable: false, configurable: true, writable: true });
  error.type = 'aborted';
  return error;
}

interface SignalLike {
  aborted: boolean;
  addEventListener(type: 'abort', listener: () => void): void;
  removeEventListener(type: 'abort', listener: () => void): void;
}
interface StreamBody {
  pipe(destination: ClientRequest): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  destroy?(error?: Error): unknown;
}

const USER_AGENT = 'node-fetch/1.0 (+https://github.com/bitinn/node-fetch)';

export function nodeRequest(url: string, init: FetchInit, chooseAgent: AgentChooser): Promise<NodeFetchResponse> {
  return new Promise((resolve, reject) => {
    const signal = init.signal as SignalLike | undefined | null;
    const body = init.body;
    const stream = body && typeof (body as StreamBody).pipe === 'function' ? (body as StreamBody) : undefined;
    const bytes = stream || body === undefined || body === null ? undefined : toBytes(body);
    if (signal && signal.aborted) {
      if (stream && stream.destroy) stream.destroy(abortError());
      return reject(abortError());
    }
    // Thrown errors (a bad URL, a bad proxy variable, a header Node refuses) reject as they are: nothing was sent.
    const target = new WhatwgURL(url);
    const isHttps = target.protocol === 'https:';
    const options: http.RequestOptions = {
      protocol: target.protocol,
      host: target.host,
      hostname: target.hostname.charAt(0) === '[' ? target.hostname.slice(1, -1) : target.hostname,
      port: target.port ? Number(target.port) : undefined,
      path: target.pathname + target.search,
      method: init.method,
      headers: requestHeaders(init, bytes),
      agent: chooseAgent(target),
    };
    const req = (isHttps ? https : http).request(options);

    let settled = false;
    // Set when the answer has come whole: its socket may then already serve another request.
    let answered = false;
    let response: NodeFetchResponse | undefined;
    const stopListening = () => {
      if (signal) signal.removeEventListener('abort', onAbort);
    };
    const fail = (error: Error) => {
      if (!settled) reject(error);
      settled = true;
      // Listening ends when the body does: after this, an abort has nothing to stop.
      stopListening();
      if (response) failBody(response.body, error);
      if (answered) return;
      // req.abort() where there is one: it is what nock and the proxy agents listen for ('abort').
      const r = req as ClientRequest & { abort?: () => void };
      if (typeof r.abort === 'function') r.abort();
      else r.destroy();
    };
    const onAbort = () => {
      const error = abortError();
      if (stream && stream.destroy) stream.destroy(error);
      fail(error);
    };
    // The signal is listened to until the body is over, decoding included: after the
    // answer has all come, an abort still stops a decoder that is inflating it.
    if (signal) signal.addEventListener('abort', onAbort);
    // The URL as node-fetch quoted it: normalized by the URL parser (`/a b` → `/a%20b`).
    const failed = (reason: string, err?: Error) => fail(new FetchError(`request to ${target.href} failed, reason: ${reason}`, 'system', err));
    req.on('error', (err: Error) => failed(err.message, err));
    req.on('socket', guardSocket);
    req.on('response', (res: http.IncomingMessage) => {
      // Already failed (a proxy's 407 fails the request before this listener runs): drain it and go.
      if (settled) return void res.resume();
      settled = true;
      res.once('end', () => {
        answered = true;
      });
      response = toFetchResponse(res, target.href, init.method, stopListening);
      resolve(response);
    });
    // A 101 Switching Protocols: the connection now speaks another protocol. Ours is closed,
    // and the 101 is the answer (an error of its own for the caller, with its status).
    req.on('upgrade', (res: http.IncomingMessage, socket: { destroy(): void }) => {
      socket.destroy();
      if (settled) return;
      settled = answered = true;
      stopListening();
      resolve(answerWithoutBody(res, target.href));
    });
    // Any other way the exchange can end without an answer or an error still ends the call.
    req.on('close', () => {
      if (!settled) failed('the connection closed without an answer');
    });
    if (stream) {
      // pipe() does not pass a body's error on: it fails the request here. The abort above
      // destroys the body with an error too, and an 'error' nobody heard would crash the process.
      stream.on('error', (error: Error) => {
        if (!settled) req.destroy(error);
      });
      stream.pipe(req);
    } else {
      if (bytes) req.write(bytes);
      req.end();
    }
    return undefined;
  });
}

function toBytes(body: unknown): Buffer {
  if (Buffer.isBuffer(body)) return body;
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  return Buffer.from(String(body), 'utf8');
}

/**
 * The caller's headers, in their order, then what node-fetch added: Accept
 * when absent, Content-Length (a POST or PUT without a body says 0; a stream
 * body has none and goes chunked), User-Agent and Accept-Encoding when absent.
 */
function requestHeaders(init: FetchInit, bytes: Buffer | undefined): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const given = init.headers || {};
  const names: { [lower: string]: string } = {};
  for (const name of Object.keys(given)) {
    headers[name] = given[name];
    names[name.toLowerCase()] = name;
  }
  const add = (name: string, value: string, replace?: boolean) => {
    const existing = names[name.toLowerCase()];
    if (existing === undefined) headers[name] = value;
    else if (replace) headers[existing] = value;
  };
  add('Accept', '*/*');
  if (bytes) add('Content-Length', String(bytes.length), true);
  else if (init.body === undefined || init.body === null) {
    if (init.method === 'POST' || init.method === 'PUT') add('Content-Length', '0', true);
  }
  add('User-Agent', USER_AGENT);
  add('Accept-Encoding', 'gzip,deflate');
  return headers;
}
