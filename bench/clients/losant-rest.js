'use strict';
// The published 2.x client (axios 0.21 inside; it takes no agent option, so it
// uses http.globalAgent, which keeps connections alive on Node >= 19).
const losant = require('losant-rest');
const { TOKEN, ACCEPT_VERSION } = require('../fixtures');
const { orgMethods } = require('./shared');

module.exports = function create({ base, style }) {
  return orgMethods(losant.createClient({ url: base, accessToken: TOKEN, acceptVersion: ACCEPT_VERSION }), style);
};
