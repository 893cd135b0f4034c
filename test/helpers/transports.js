'use strict';
// The transports the contract holds for: the built-in one (the default), node-fetch@2
// given as `fetch`, and Node's global fetch where there is one (Node >= 18).
const nodeFetch = require('node-fetch');

const TRANSPORTS = [
  { label: 'built-in (default)', fetch: undefined },
  { label: 'node-fetch', fetch: nodeFetch },
].concat(typeof globalThis.fetch === 'function' ? [{ label: 'global fetch', fetch: globalThis.fetch }] : []);

module.exports = { TRANSPORTS };
