/**
 * The WHATWG URL class. It is a global from Node 10 on (and in browsers), but
 * Node 8 has it only as `require('url').URL`: reading the global alone made
 * every call fail there ("url must be an absolute http:// or https:// URL").
 * Node's own class is the same one the global refers to on later releases.
 */
import * as nodeUrl from 'url';

export const WhatwgURL: typeof URL = typeof URL === 'function' ? URL : (nodeUrl.URL as unknown as typeof URL);
