/** The browser twin of debug-log.ts: there is no NODE_DEBUG to turn it on, so it logs nothing. */
export function debug(_message: string, ..._args: unknown[]): void {
  // Use the onRetry option to see retries in a browser.
}
