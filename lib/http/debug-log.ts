/**
 * The library's debug log: `NODE_DEBUG=losant` prints it on stderr (Node's
 * util.debuglog). Browsers have no NODE_DEBUG: the browser build uses
 * debug-log.browser.ts, which logs nothing (the onRetry option reports the
 * same retries there).
 */
import { debuglog } from 'util';

export const debug: (message: string, ...args: unknown[]) => void = debuglog('losant');
