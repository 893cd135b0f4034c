'use strict';
// Each retry is visible in the `NODE_DEBUG=losant` log, which never shows the token.
const path = require('path');
const { expect } = require('chai');
const { runNode, describeRun } = require('../helpers/exit-check');

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'reliability', 'debug-retry.js');
const TOKEN = 'debug-log-secret-7f3a';

describe('retries: the NODE_DEBUG=losant log', () => {
  it('names every retry (attempt, method, URL, delay, cause) and never the token', async () => {
    const env = Object.assign({}, process.env, { NODE_DEBUG: 'losant' });
    const run = await runNode([FIXTURE, TOKEN], { env, timeout: 15000 });
    expect(run.code, describeRun(run)).to.equal(0);
    expect(JSON.parse(run.stdout)).to.deep.equal({ result: { attempts: 3 }, failed: 'HTTP 502 Bad Gateway' });
    const lines = run.stderr.split('\n').filter((l) => /^LOSANT \d+: /.test(l));
    expect(lines.map((l) => l.replace(/^LOSANT \d+: /, '').replace(/:\d+\//, ':PORT/').replace(/in \d+ ms/, 'in N ms'))).to.deep.equal([
      'retry 1 of GET http://127.0.0.1:PORT/f/flaky?key=debug in N ms after: HTTP 503 Service Unavailable',
      'retry 2 of GET http://127.0.0.1:PORT/f/flaky?key=debug in N ms after: HTTP 503 Service Unavailable',
      'retry 1 of GET http://127.0.0.1:PORT/f/empty-502 in N ms after: HTTP 502 Bad Gateway',
      'retry 2 of GET http://127.0.0.1:PORT/f/empty-502 in N ms after: HTTP 502 Bad Gateway',
    ]);
    expect(run.stderr).to.not.include(TOKEN);
    expect(run.stdout).to.not.include(TOKEN);
  });
});
