/**
 * The browser twin of connection-rules.ts: how a page connects (proxies, TLS) is
 * the browser's business, so the `proxy` and `tls` options are refused there
 * rather than silently ignored.
 */
const browserDecides = (value: unknown): string | undefined =>
  value === undefined || value === null || value === false ? undefined : 'is not available in the browser build (the browser decides how to connect)';

export const CONNECTION_RULES: Record<string, (value: unknown) => string | undefined> = {
  proxy: browserDecides,
  tls: browserDecides,
};
