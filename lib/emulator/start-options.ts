/**
 * The options startEmulator checks before it starts anything: a bad value is
 * a clear error at start, never a server that quietly behaves otherwise (a
 * `maxBodyBytes` of `'abc'` or NaN used to remove the body limit).
 */
export interface StartSettings {
  port: number;
  host: string;
  maxBodyBytes: number;
}

const DEFAULT_BODY_LIMIT = 1024 * 1024;

export function checkStartOptions(options: { port?: unknown; host?: unknown; maxBodyBytes?: unknown }): StartSettings {
  const port = options.port === undefined ? 0 : options.port;
  if (typeof port !== 'number' || !(port >= 0 && port <= 65535) || Math.floor(port) !== port) {
    throw new Error('port must be an integer from 0 to 65535');
  }
  const maxBodyBytes = options.maxBodyBytes === undefined ? DEFAULT_BODY_LIMIT : options.maxBodyBytes;
  if (typeof maxBodyBytes !== 'number' || !Number.isSafeInteger(maxBodyBytes) || maxBodyBytes < 1) {
    throw new Error('maxBodyBytes must be a positive integer (a number of bytes)');
  }
  const host = options.host === undefined ? '127.0.0.1' : (options.host as string);
  return { port, host, maxBodyBytes };
}
