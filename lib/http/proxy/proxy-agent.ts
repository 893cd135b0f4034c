/**
 * Keep-alive agents that reach origins through an HTTP(S) proxy, one per
 * target scheme (the transport picks an agent per URL):
 *  - HttpProxyAgent, for http:// targets: each request goes to the proxy in
 *    absolute form (`GET http://host/path HTTP/1.1`), with Proxy-Authorization
 *    when the proxy URL has credentials;
 *  - HttpsProxyAgent, for https:// targets: a CONNECT tunnel (Proxy-Authorization
 *    on the CONNECT only), then TLS to the origin inside it, checked as usual
 *    (SNI, `ca`, `rejectUnauthorized`, … given to the agent), so the request,
 *    its path and its bearer token travel only inside TLS.
 * Both are real http.Agent subclasses that go through `addRequest`, and pool
 * sockets per target as any keep-alive agent does (one agent serves one proxy).
 * A 407 to a request in absolute form fails that request with the same error
 * as a 407 to a CONNECT (ERR_PROXY_AUTH_REQUIRED), so callers see one shape.
 * Errors after setup (a hang-up, a bad certificate) keep their own code and
 * get "(through proxy host:port)" added to their message.
 */
import * as http from 'http';
import * as https from 'https';
import { isIP } from 'net';
import type { Socket } from 'net';
import type { Duplex } from 'stream';
import * as tls from 'tls';
import { authSchemes, openProxySocket, proxyAuthError, ProxyConnectSettings, proxyError } from './proxy-connect';
import { parseProxyUrl, ProxyConfig } from './proxy-url';

export type { ProxyConfig } from './proxy-url';
export type { ProxyError } from './proxy-connect';

export interface ProxyAgentOptions extends https.AgentOptions {
  /** TLS options for the connection to an https:// proxy; the agent's own TLS options are for the origin. */
  proxyTls?: tls.ConnectionOptions;
  /** Milliseconds to connect to the proxy and get its answer to CONNECT (default 30000). */
  proxyTimeout?: number;
}

const DEFAULT_PROXY_TIMEOUT = 30000;
/** Carries the request to createConnection (Node copies the options), so an abort can drop a pending tunnel. */
const REQUEST_KEY = 'losantProxyRequest';

interface TargetOptions {
  host?: string | null;
  hostname?: string | null;
  port?: number | string | null;
  servername?: string;
  [key: string]: unknown;
}

type AddRequest = (req: http.ClientRequest, options: TargetOptions) => void;
type Callback = (err: Error | null, socket?: Duplex) => void;
const baseAddRequest = (http.Agent.prototype as unknown as { addRequest: AddRequest }).addRequest;

/** What both agents hold: the proxy, and how to reach it. */
interface ProxyParts {
  readonly proxy: ProxyConfig;
  readonly connectSettings: ProxyConnectSettings;
}
type ProxyAgentClass<A> = new (proxy: string | ProxyConfig, options?: ProxyAgentOptions) => A & ProxyParts;

/**
 * The constructor both agents share, over http.Agent for one and https.Agent for the
 * other: the proxy (a string is parsed as the `proxy` option would be) and how to reach
 * it are taken out of the options; the rest are the agent's own.
 */
function throughProxy<A extends http.Agent>(Agent: new (options?: https.AgentOptions) => A): ProxyAgentClass<A> {
  class ThroughProxy extends (Agent as new (options?: https.AgentOptions) => http.Agent) implements ProxyParts {
    readonly proxy: ProxyConfig;
    readonly connectSettings: ProxyConnectSettings;

    constructor(proxy: string | ProxyConfig, options: ProxyAgentOptions = {}) {
      const { proxyTls, proxyTimeout, ...agentOptions } = options;
      super(agentOptions);
      this.proxy = configOf(proxy);
      this.connectSettings = settingsOf(proxyTls, proxyTimeout);
    }
  }
  // The class is an A (it extends Agent); TypeScript only sees http.Agent through the cast above.
  return ThroughProxy as unknown as ProxyAgentClass<A>;
}

/** For http:// targets. */
export class HttpProxyAgent extends throughProxy(http.Agent) {
  addRequest(req: http.ClientRequest, options: TargetOptions): void {
    if (!toAbsoluteForm(req, `http://${authority(options, 80, 80)}`, this.proxy)) return;
    failOnProxyAuth(req, this.proxy);
    nameProxyInErrors(req, this.proxy);
    baseAddRequest.call(this, req, { ...options, [REQUEST_KEY]: req });
  }

  override createConnection(options: TargetOptions, callback: Callback): undefined {
    openProxySocket(this.proxy, this.connectSettings, undefined, options[REQUEST_KEY] as http.ClientRequest, callback);
    return undefined;
  }
}

/** For https:// targets. */
export class HttpsProxyAgent extends throughProxy(https.Agent) {
  addRequest(req: http.ClientRequest, options: TargetOptions): void {
    nameProxyInErrors(req, this.proxy);
    baseAddRequest.call(this, req, { ...options, [REQUEST_KEY]: req });
  }

  override createConnection(options: TargetOptions, callback: Callback): undefined {
    const request = options[REQUEST_KEY] as http.ClientRequest;
    openProxySocket(this.proxy, this.connectSettings, authority(options, 443), request, (err, tunnel) => {
      if (err) return callback(err);
      callback(null, originTls(tunnel as Socket, options));
    });
    return undefined;
  }
}

/** A string is parsed as the `proxy` option would be (a bad one throws a Validation LosantError). */
function configOf(proxy: string | ProxyConfig): ProxyConfig {
  return typeof proxy === 'string' ? parseProxyUrl(proxy, 'proxy') : proxy;
}

function settingsOf(proxyTls: tls.ConnectionOptions | undefined, timeout: number | undefined): ProxyConnectSettings {
  return { proxyTls, timeout: timeout === undefined ? DEFAULT_PROXY_TIMEOUT : timeout };
}

/** TLS to the origin over the tunnel, with the options Node merged for this request (the agent's `ca`, …). */
function originTls(tunnel: Socket, options: TargetOptions): tls.TLSSocket {
  const host = hostOf(options);
  const tlsOptions: TargetOptions = { ...options, socket: tunnel, host };
  delete tlsOptions.path;
  delete tlsOptions.socketPath;
  delete tlsOptions[REQUEST_KEY];
  // SNI carries a host name, never an IP address (Node warns, and servers reject it).
  const servername = options.servername || host;
  if (isIP(servername)) delete tlsOptions.servername;
  else tlsOptions.servername = servername;
  const secure = tls.connect(tlsOptions as tls.ConnectionOptions);
  // Node listens on the TLS socket only: an error raised by the tunnel itself must land there, not crash.
  tunnel.on('error', (err: Error) => secure.destroy(err));
  return secure;
}

function hostOf(options: TargetOptions): string {
  const host = String(options.hostname || options.host || 'localhost');
  return host.charAt(0) === '[' ? host.slice(1, -1) : host;
}

/** `host:port` as the request line and CONNECT write it (IPv6 in brackets); `omitPort` leaves that port out. */
function authority(options: TargetOptions, defaultPort: number, omitPort?: number): string {
  const host = hostOf(options);
  const port = Number(options.port) || defaultPort;
  const name = host.indexOf(':') === -1 ? host : `[${host}]`;
  return port === omitPort ? name : `${name}:${port}`;
}

/**
 * The request line gets the absolute URL: Node writes it from `req.path` when
 * the head goes out. A head Node has already queued (it does so at once for
 * `Expect: 100-continue`, or headers given as an array) can no longer change,
 * so such a request fails instead of reaching the proxy in the wrong form.
 */
function toAbsoluteForm(req: http.ClientRequest, origin: string, proxy: ProxyConfig): boolean {
  if ((req as unknown as { _header?: unknown })._header) {
    const message = `Cannot send this request through proxy ${proxy.label}: its head was built before the agent saw it (Expect: 100-continue, or headers given as an array)`;
    process.nextTick(() => req.emit('error', proxyError(proxy, 'ERR_PROXY_UNSUPPORTED_REQUEST', message)));
    return false;
  }
  if (proxy.authorization) req.setHeader('Proxy-Authorization', proxy.authorization);
  req.path = origin + req.path;
  return true;
}

/**
 * A 407 is the proxy's answer, not the origin's: the request fails with
 * ERR_PROXY_AUTH_REQUIRED. This listener runs before the transport's (added
 * after http.request returns), so the request fails instead of resolving.
 */
function failOnProxyAuth(req: http.ClientRequest, proxy: ProxyConfig): void {
  req.on('response', (res: http.IncomingMessage) => {
    if (res.statusCode !== 407) return;
    const offered = res.headers['proxy-authenticate'];
    const lines = (Array.isArray(offered) ? offered : offered ? [offered] : []).map((v) => `proxy-authenticate: ${v}`);
    // Drained, not destroyed: the error is the outcome, and a cut-off body would be a second one.
    res.resume();
    req.emit('error', proxyAuthError(proxy, authSchemes(lines.join('\r\n'))));
  });
}

/** Errors from past the setup (a hang-up, a certificate) say which proxy was in the way. */
function nameProxyInErrors(req: http.ClientRequest, proxy: ProxyConfig): void {
  req.prependListener('error', function named(err: Error & { proxy?: string }) {
    if (err && typeof err === 'object' && err.proxy === undefined) {
      try {
        err.proxy = proxy.label;
        err.message = `${err.message} (through proxy ${proxy.label})`;
      } catch (_) {
        // A frozen error keeps its words.
      }
    }
    // Alone, this listener would swallow the error: keep Node's "unhandled 'error' throws".
    if (req.listenerCount('error') === 1) throw err;
  });
}
