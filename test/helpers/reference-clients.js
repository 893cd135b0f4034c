'use strict';
// This client and losant-rest 2.8.1 (the client it replaces), with the same token and
// Accept-Version, both against one recording loopback server: for the tests that compare
// the two on the wire. Call inside a `describe`; the fields are set before its tests run.
const losantRest = require('losant-rest');
const { createClient } = require('../..');
const { startWireServer } = require('./wire-server');

function referenceClients(token, acceptVersion) {
  const both = { server: undefined, ours: undefined, theirs: undefined };
  before(async () => {
    both.server = await startWireServer();
    both.ours = createClient({ accessToken: token, url: both.server.url, acceptVersion, retries: 0 });
    both.theirs = losantRest.createClient({ accessToken: token, url: both.server.url, acceptVersion });
  });
  after(() => both.server.close());
  beforeEach(() => both.server.reset());
  return both;
}

module.exports = { referenceClients };
