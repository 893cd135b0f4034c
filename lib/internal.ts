/**
 * Internals for the project's own tests and scripts (built to dist/internal.js, which the
 * package's `exports` do not expose): the compiled schemas, the schema checker and
 * synthesizer, and every resource's run-time table.
 */
export { schemas } from './generated/schemas/index';
export { allActions } from './generated/resources/all';
export { actionNames } from './generated/resources/index';
export { checkSchema } from './validation/check';
export { synthesize } from './validation/synthesize';
export { FORMATS } from './validation/formats';
export { acceptsEmptyObject, checkParams, describe } from './validate';
export { snapshot, toRequest } from './actions/build';
export { proxyForUrl, proxyConfigForUrl, validateProxyOption, selectProxy } from './http/proxy/proxy-env';
export { parseProxyUrl } from './http/proxy/proxy-url';
export { HttpProxyAgent, HttpsProxyAgent } from './http/proxy/proxy-agent';
export { bypassesProxy } from './http/proxy/no-proxy';
