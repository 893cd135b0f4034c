/**
 * Opens the connection to a proxy (TCP, or TLS for an https:// proxy) and,
 * for https targets, the CONNECT tunnel through it. Every way this can go
 * wrong ends in one callback with an Error whose `code` names the cause and
 * whose message names the proxy as host:port (never its credentials):
 *   ERR_PROXY_AUTH_REQUIRED    407 (no credentials, or wrong ones)
 *   ERR_PROXY_CONNECT_REFUSED  any other non-2xx answer to CONNECT (`proxyStatus` has it)
 *   ERR_PROXY_CONNECTION_CLOSED the proxy closed the connection before answering
 *   ERR_PROXY_INVALID_RESPONSE not an HTTP answer, or a head over 16 KiB
 *   ERR_PROXY_TIMEOUT          no connection and whole answer within `timeout` ms (a deadline:
 *                              an answer trickled a byte at a time cannot hold it off)
 *   ECONNREFUSED, ENOTFOUND, … the proxy cannot be reached (the socket's own code)
 * (proxy-agent.ts adds ERR_PROXY_UNSUPPORTED_REQUEST for a head it can no longer rewrite.)
 */
import type { EventEmitter } from 'events';
import * as net from 'net';
import * as tls from 'tls';
import type { ProxyConfig } from './proxy-url';

export interface ProxyError extends Error {
  code: string;
  /** The proxy as host:port. */
  proxy: string;
  /** The proxy's answer, when it gave one. */
  proxyStatus?: number;
}

export interface ProxyConnectSettings {
  /** TLS options for an https:// proxy (its CA, say). */
  proxyTls?: tls.ConnectionOptions;
  /** Milliseconds allowed, in all, to connect to the proxy and, for a tunnel, to get its whole answer. */
  timeout: number;
}

const MAX_HEAD_BYTES = 16 * 1024;

export function proxyError(proxy: ProxyConfig, code: string, message: string, status?: number, cause?: unknown): ProxyError {
  const err = new Error(message) as ProxyError & { cause?: unknown };
  err.code = code;
  err.proxy = proxy.label;
  if (status !== undefined) err.proxyStatus = status;
  if (cause !== undefined) err.cause = cause;
  return err;
}

/** The error for a 407, to a CONNECT or to a request in absolute form; `schemes` are what the proxy offers. */
export function proxyAuthError(proxy: ProxyConfig, schemes: string[]): ProxyError {
  const what = proxy.authorization ? 'rejected the credentials in the proxy URL' : 'requires authentication (put user:password@ in the proxy URL)';
  const offers = schemes.length ? `; it offers ${schemes.join(', ')}` : '';
  return proxyError(proxy, 'ERR_PROXY_AUTH_REQUIRED', `Proxy ${proxy.label} ${what}: 407 Proxy Authentication Required${offers}`, 407);
}

/**
 * Connects to the proxy, then, when `tunnelTo` (host:port) is given, asks for
 * a tunnel. Calls `done` once, with the socket ready for the origin's bytes.
 * If `request` is aborted first, the attempt is dropped and `done` is not called.
 */
export function openProxySocket(
  proxy: ProxyConfig, settings: ProxyConnectSettings, tunnelTo: string | undefined,
  request: EventEmitter | undefined, done: (err: Error | null, socket?: net.Socket) => void,
): void {
  const socket: net.Socket = proxy.protocol === 'https:'
    ? tls.connect({ ...settings.proxyTls, host: proxy.hostname, port: proxy.port, servername: net.isIP(proxy.hostname) ? undefined : proxy.hostname })
    : net.connect({ host: proxy.hostname, port: proxy.port });
  let connected = false;
  let settled = false;
  let head = Buffer.alloc(0);
  // Not the socket's idle timeout, which every byte of a trickled answer would reset.
  let deadline: ReturnType<typeof setTimeout> | undefined;

  const finish = (err: Error | null) => {
    if (settled) return;
    settled = true;
    clearTimeout(deadline as ReturnType<typeof setTimeout>);
    socket.removeListener('error', onError);
    socket.removeListener('end', onClosed);
    socket.removeListener('close', onClosed);
    socket.removeListener('data', onData);
    if (request) {
      request.removeListener('abort', onAbort);
      request.removeListener('close', onAbort);
    }
    if (err) {
      socket.destroy();
      // A request destroyed meanwhile (req.destroy() emits nothing we can hear first) gets no late error.
      const gone = request as unknown as { aborted?: unknown; destroyed?: boolean } | undefined;
      if (!gone || !(gone.aborted || gone.destroyed)) done(err);
    } else {
      done(null, socket);
    }
  };
  const onAbort = () => {
    settled = true;
    clearTimeout(deadline as ReturnType<typeof setTimeout>);
    socket.destroy();
  };
  const onError = (err: Error & { code?: string }) => {
    const message = connected ? `Proxy ${proxy.label} failed while setting up a tunnel: ${err.message}` : `Cannot reach proxy ${proxy.label}: ${err.message}`;
    finish(proxyError(proxy, err.code || 'ERR_PROXY_CONNECTION_CLOSED', message, undefined, err));
  };
  const onClosed = () => {
    const before = tunnelTo === undefined ? 'it could be used' : `answering CONNECT to ${tunnelTo}`;
    finish(proxyError(proxy, 'ERR_PROXY_CONNECTION_CLOSED', `Proxy ${proxy.label} closed the connection before ${before}`));
  };
  const onTimeout = () => {
    const what = connected ? `answer CONNECT to ${tunnelTo}` : 'accept the connection';
    finish(proxyError(proxy, 'ERR_PROXY_TIMEOUT', `Proxy ${proxy.label} did not ${what} within ${settings.timeout} ms`));
  };
  const onData = (chunk: Buffer) => {
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end === -1) {
      if (head.length > MAX_HEAD_BYTES) finish(invalidAnswer(proxy, 'an answer head over 16 KiB'));
      return;
    }
    const text = head.slice(0, end).toString('latin1');
    const status = /^HTTP\/1\.[01] (\d{3})(?: ([^\r\n]*))?/.exec(text);
    if (!status) return finish(invalidAnswer(proxy, JSON.stringify(text.split('\r\n')[0].slice(0, 100))));
    const code = Number(status[1]);
    if (code === 407) return finish(proxyAuthError(proxy, authSchemes(text)));
    if (code < 200 || code > 299) {
      const message = `Proxy ${proxy.label} refused to CONNECT to ${tunnelTo}: ${code}${status[2] ? ` ${status[2]}` : ''}`;
      return finish(proxyError(proxy, 'ERR_PROXY_CONNECT_REFUSED', message, code));
    }
    // Nothing should follow a 2xx (the origin waits for our TLS hello), but never drop bytes;
    // paused, so nothing flows out before the TLS layer takes the socket over.
    socket.removeListener('data', onData);
    socket.pause();
    const rest = head.slice(end + 4);
    if (rest.length) socket.unshift(rest);
    finish(null);
  };
  const onConnect = () => {
    connected = true;
    if (tunnelTo === undefined) return finish(null);
    const auth = proxy.authorization ? `Proxy-Authorization: ${proxy.authorization}\r\n` : '';
    socket.write(`CONNECT ${tunnelTo} HTTP/1.1\r\nHost: ${tunnelTo}\r\n${auth}\r\n`);
    socket.on('data', onData);
  };

  socket.once(proxy.protocol === 'https:' ? 'secureConnect' : 'connect', onConnect);
  socket.on('error', onError);
  socket.on('end', onClosed);
  socket.on('close', onClosed);
  // 0: no deadline (as a socket timeout of 0 meant).
  if (settings.timeout > 0) deadline = setTimeout(onTimeout, settings.timeout);
  // The transport (as node-fetch) aborts with req.abort() ('abort'); a bare req.destroy() shows only as 'close'.
  if (request) {
    request.once('abort', onAbort);
    request.once('close', onAbort);
  }
}

function invalidAnswer(proxy: ProxyConfig, what: string): ProxyError {
  return proxyError(proxy, 'ERR_PROXY_INVALID_RESPONSE', `Proxy ${proxy.label} sent ${what} instead of an HTTP answer to CONNECT`);
}

/** The scheme names in Proxy-Authenticate headers (`Basic`, `Negotiate`, …). */
export function authSchemes(head: string): string[] {
  const schemes: string[] = [];
  const header = /^proxy-authenticate:[ \t]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)/gim;
  let match: RegExpExecArray | null;
  while ((match = header.exec(head))) schemes.push(match[1]);
  return schemes;
}
