'use strict';
// The published 2.x client (axios 0.21 inside; it takes no agent option, so it
// uses http.globalAgent, which keeps connections alive on Node >= 19).
const losant = require('losant-rest');
const { ORG_ID, TOKEN, ACCEPT_VERSION, PATCH } = require('../fixtures');

module.exports = function create({ base, style }) {
  const client = losant.createClient({ url: base, accessToken: TOKEN, acceptVersion: ACCEPT_VERSION });
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
