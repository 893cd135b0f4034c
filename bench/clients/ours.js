'use strict';
// This package, used exactly as its README shows: createClient({ url,
// accessToken }) with every default (validation on), then client.org.*; only
// `acceptVersion` is given, as losant-rest's is, so that every client sends the
// same bytes (the package's default follows the API it was imported from);
// `fetch: 'node-fetch'` gives it node-fetch@2 instead of the built-in transport.
// run.mjs points BENCH_DIST at a snapshot of dist/index.js taken at start, so a
// rebuild of dist/ during the run (a shared working tree) cannot break or mix it.
const { createClient } = require(process.env.BENCH_DIST || '../../dist/index.js');
const { TOKEN, ACCEPT_VERSION } = require('../fixtures');
const { orgMethods } = require('./shared');

module.exports = function create({ base, style, validate, fetch }) {
  const options = { url: base, accessToken: TOKEN, acceptVersion: ACCEPT_VERSION };
  if (validate === false) options.validate = false;
  // node-fetch@2 as the `fetch` option, the way a user would give it (it then uses Node's global agent).
  if (fetch === 'node-fetch') options.fetch = require('node-fetch');
  return orgMethods(createClient(options), style);
};
