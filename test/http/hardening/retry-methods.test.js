'use strict';
// Issue 14, gaps: PATCH, DELETE and PUT answered 429 or 5xx are not retried by
// default (the server may have acted; only POST was tested), in both styles
// and through the actions as well as client.request; retryAllMethods retries them.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startFaultServer } = require('../../helpers/fault-server');
const { inBothStyles } = require('../../helpers/settle');

const ORG = '575ed6e87ae143cd83dc4aa8';

describe('gaps: non-GET methods are not retried after an answer by default', () => {
  let server;
  before(async () => { server = await startFaultServer(); });
  after(() => server.close());
  beforeEach(() => server.reset());

  const answers = [['503', 'status', { code: '503' }], ['502', 'status', { code: '502' }], ['504', 'status', { code: '504' }], ['429 with Retry-After: 0', 'retry-after', { ra: '0', fail: '99' }]];
  const calls = {
    'PATCH (org.patch)': (c, opts, cb) => c.org.patch({ orgId: ORG, organization: { name: 'x' } }, opts, cb),
    'DELETE (org.delete)': (c, opts, cb) => c.org.delete({ orgId: ORG }, opts, cb),
    'DELETE (org.removeMember)': (c, opts, cb) => c.org.removeMember({ orgId: ORG, userId: ORG }, opts, cb),
    'PUT (client.request)': (c, opts, cb) => c.request({ method: 'PUT', path: '/orgs/x', body: {} }, opts, cb),
  };
  for (const [answerLabel, fault, settings] of answers) {
    for (const label of Object.keys(calls)) {
      it(`${label} answered ${answerLabel}: one attempt, onRetry never called (both styles)`, async () => {
        server.use(fault, settings);
        const retried = [];
        const client = createClient({ url: server.url, onRetry: (info) => retried.push(info.method) });
        const outcomes = await inBothStyles((cb) => calls[label](client, undefined, cb));
        expect(outcomes.map((o) => [o.calls, o.err.statusCode])).to.deep.equal([[1, Number(answerLabel.slice(0, 3))], [1, Number(answerLabel.slice(0, 3))]]);
        expect(retried).to.deep.equal([]);
        expect(server.seen).to.have.length(2);
      });
    }
  }

  for (const label of Object.keys(calls)) {
    it(`${label} answered 503 with retryAllMethods: true: retried (retries + 1 attempts)`, async () => {
      server.use('status', { code: '503' });
      const retried = [];
      const client = createClient({ url: server.url, retryAllMethods: true, retries: 2, onRetry: (info) => retried.push(info.attempt) });
      const err = await new Promise((resolve) => calls[label](client, undefined, resolve));
      expect(err.statusCode).to.equal(503);
      expect(retried).to.deep.equal([1, 2]);
      expect(server.seen).to.have.length(3);
    });
  }
});
