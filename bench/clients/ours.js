'use strict';
// This package, used exactly as its README shows: createClient({ url,
// accessToken }) with every default (validation on), then client.org.*.
// run.mjs points BENCH_DIST at a snapshot of dist/index.js taken at start, so a
// rebuild of dist/ during the run (a shared working tree) cannot break or mix it.
const { createClient } = require(process.env.BENCH_DIST || '../../dist/index.js');
const { ORG_ID, TOKEN, PATCH } = require('../fixtures');

module.exports = function create({ base, style, validate }) {
  const options = { url: base, accessToken: TOKEN };
  if (validate === false) options.validate = false;
  const client = createClient(options);
  const getParams = { orgId: ORG_ID };
  const patchParams = { orgId: ORG_ID, organization: PATCH };
  if (style === 'callback') {
    return {
      style,
      get: (cb) => client.org.get(getParams, cb),
      patch: (cb) => client.org.patch(patchParams, cb),
    };
  }
  return {
    style: 'promise',
    get: () => client.org.get(getParams),
    patch: () => client.org.patch(patchParams),
  };
};
