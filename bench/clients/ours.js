'use strict';
// This package, used exactly as its README shows: createClient({ url,
// accessToken }) with every default (validation on), then client.org.*.
// run.mjs points BENCH_DIST at a snapshot of dist/index.js taken at start, so a
// rebuild of dist/ during the run (a shared working tree) cannot break or mix it.
const { createClient } = require(process.env.BENCH_DIST || '../../dist/index.js');
const { TOKEN } = require('../fixtures');
const { orgMethods } = require('./shared');

module.exports = function create({ base, style, validate }) {
  const options = { url: base, accessToken: TOKEN };
  if (validate === false) options.validate = false;
  return orgMethods(createClient(options), style);
};
