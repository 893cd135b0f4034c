'use strict';
// Issue 21, items 1, 3, 4 and 8: answers no honest server writes, over every
// transport. Stray bytes after a complete answer, or a chunk size that is not
// hex, arrive in the same packet as the head (before anyone can read the
// body): one Network rejection, never a crash, for calls and streams alike.
// A redirect whose body never ends, or never stops, is followed at once and
// its connection closed. A 101 Switching Protocols settles the call.
// Where a transport cannot do better, the test says how it differs (docs/guide/transport.md):
// node-fetch never hears of a 101 with Upgrade headers (Node closes
// the socket, node-fetch does not listen for that), nor global fetch (undici)
// of a bare 101: the call waits for its `timeout`. Undici takes an answer whose
// body came whole and drops the stray bytes after it with the connection.
const { expect } = require('chai');
const { createClient } = require('../..');
const { startHostileServer } = require('../helpers/hostile-server');
const { inBothStyles } = require('../helpers/settle');
const { TRANSPORTS } = require('../helpers/transports');

const APP = '575ec8687ae143cd83dc4a97';
const DEVICE = '575ecf887ae143cd83dc4aa2';

describe('hostile answers (issue 21: items 1, 3, 4, 8)', () => {
  let server;
  before(async () => { server = await startHostileServer(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  for (const { label, fetch } of TRANSPORTS) {
    describe(label, () => {
      const client = (options) => createClient(Object.assign({ url: server.url, accessToken: 't', retries: 0, fetch }, options));
      const get = (path, cb) => client().request({ method: 'GET', path }, cb);

      for (const [name, what] of [['stray', 'stray bytes after a complete answer'], ['bad-chunk', 'a chunk size that is not hex']]) {
        if (label === 'global fetch' && name === 'stray') {
          it(`${what}: undici takes the answer as it came (documented), once (both styles)`, async () => {
            const outcomes = await inBothStyles((cb) => get(`/${name}`, cb));
            expect(outcomes.map((o) => [o.style, o.calls, o.err, o.result])).to.deep.equal([['callback', 1, null, {}], ['promise', 1, null, {}]]);
          });
          continue;
        }
        it(`${what}, in the packet of the head: one Network rejection, no crash (both styles)`, async () => {
          const outcomes = await inBothStyles((cb) => get(`/${name}`, cb));
          expect(outcomes.map((o) => [o.style, o.calls, o.err && o.err.type])).to.deep.equal([
            ['callback', 1, 'Network'], ['promise', 1, 'Network'],
          ]);
        });
      }

      it('a stream whose first chunk size is not hex: an error event, no crash', async () => {
        server.use('stream-bad-chunk');
        const stream = await client({ timeout: 5000 }).device.stateStream({ applicationId: APP, deviceId: DEVICE });
        await new Promise((resolve) => stream.addEventListener('error', resolve));
        stream.close();
        expect(stream.readyState).to.equal(2);
      });

      it('a redirect whose body never ends: followed at once, and its connection closed', async () => {
        const outcomes = await inBothStyles((cb) => get('/redirect-endless', cb));
        expect(outcomes.map((o) => [o.calls, o.err, o.result])).to.deep.equal([[1, null, { landed: true }], [1, null, { landed: true }]]);
        // The wait is the mocha timeout: a connection the client keeps never closes.
        await server.closed('redirect-endless');
      });

      it('a redirect whose body never stops: followed, and its connection closed (nothing read past the call)', async () => {
        const result = await get('/redirect-flood');
        expect(result).to.deep.equal({ landed: true });
        await server.closed('redirect-flood');
        const flooded = server.counts.flooded;
        // Closed means closed: nothing more goes out once the close is seen.
        await new Promise((resolve) => setImmediate(resolve));
        expect(server.counts.flooded).to.equal(flooded);
      });

      for (const name of ['switch', 'switch-bare']) {
        const what = name === 'switch' ? 'with Upgrade headers' : 'without Upgrade headers';
        if ((label === 'node-fetch' && name === 'switch') || (label === 'global fetch' && name === 'switch-bare')) {
          it(`a 101 Switching Protocols ${what}: ${label} never settles by itself, the call times out (documented)`, async () => {
            const err = await client({ timeout: 300 }).request({ method: 'GET', path: `/${name}` }).catch((e) => e);
            expect([err.type, err.code]).to.deep.equal(['Timeout', 'ETIMEDOUT']);
          });
          continue;
        }
        it(`a 101 Switching Protocols ${what}: settled once, with the 101 or a Network error (both styles)`, async () => {
          const outcomes = await inBothStyles((cb) => get(`/${name}`, cb));
          for (const o of outcomes) {
            expect(o.calls, o.style).to.equal(1);
            expect(o.err, o.style).to.be.an('error');
            expect(`${o.err.type} ${o.err.statusCode}`, `${o.style}: ${o.err.message}`).to.be.oneOf(['SwitchingProtocols 101', 'Network undefined']);
            if (label === 'built-in (default)' && name === 'switch') expect(o.err.statusCode).to.equal(101);
          }
        });
      }
    });
  }
});
