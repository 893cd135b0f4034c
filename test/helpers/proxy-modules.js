'use strict';
// The proxy modules, as built into dist/ (dist/internal.js exports them for the
// project's own tests: the package's `exports` do not expose that file).
// Old-Node fixtures require the same file by path (INTERNAL).
const path = require('path');

const INTERNAL = path.join(__dirname, '..', '..', 'dist', 'internal.js');

/** The proxy modules' exports (proxyForUrl, selectProxy, HttpProxyAgent, …), whatever module name is asked for. */
function loadProxyModule() {
  return require(INTERNAL);
}

module.exports = { loadProxyModule, INTERNAL };
