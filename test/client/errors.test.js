'use strict';
// How answers and failures become errors, in both styles.
const util = require('util');
const { expect } = require('chai');
const { createClient, isLosantError, LosantError } = require('../..');
const { startRecorder } = require('../helpers/recorder');
const { closedPort } = require('../helpers/loopback');

const ORG = '575ed6e87ae143cd83dc4aa8';
const TOKEN = 'secret-token-4f1e9a';

function both(client, params) {
  return Promise.all([
    client.org.get(params).then(() => null, (e) => e),
    new Promise((r) => client.org.get(params, (e) => r(e))),
  ]);
}

describe('errors', () => {
  let server;
  let client;
  let refusedUrl;
  before(async () => {
    server = await startRecorder();
    client = createClient({ url: server.url, accessToken: TOKEN, retries: 0 });
    refusedUrl = `http://127.0.0.1:${await closedPort()}`;
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  it('copies every body field onto the error and keeps statusCode', async () => {
    server.reply(() => ({ status: 400, body: { type: 'Validation', message: 'orgId is bad', details: ['x'] } }));
    for (const e of await both(client, { orgId: ORG })) {
      expect(e).to.be.instanceOf(LosantError);
      expect(e.name).to.equal('LosantError');
      expect(e.message).to.equal('orgId is bad');
      expect(e.type).to.equal('Validation');
      expect(e.details).to.deep.equal(['x']);
      expect(e.statusCode).to.equal(400);
    }
  });

  it('an HTML 500 from a proxy still gives a meaningful message and the statusCode', async () => {
    server.reply(() => ({ status: 500, headers: { 'content-type': 'text/html' }, body: '<html><body><h1>Internal Server Error</h1><p>upstream died</p></body></html>' }));
    for (const e of await both(client, { orgId: ORG })) {
      expect(e.statusCode).to.equal(500);
      expect(e.message).to.equal('HTTP 500 Internal Server Error: Internal Server Error upstream died');
      expect(e.type).to.equal('InternalServerError');
    }
  });

  it('an empty 502 gives the status line as its message', async () => {
    server.reply(() => ({ status: 502, body: '' }));
    for (const e of await both(client, { orgId: ORG })) {
      expect(e.statusCode).to.equal(502);
      expect(e.message).to.equal('HTTP 502 Bad Gateway');
      expect(e.type).to.equal('BadGateway');
    }
  });

  it('a 413 without a message gets "Request entity too large."', async () => {
    server.reply(() => ({ status: 413, body: '' }));
    for (const e of await both(client, { orgId: ORG })) {
      expect(e.statusCode).to.equal(413);
      expect(e.message).to.equal('Request entity too large.');
    }
  });

  it('a 2xx whose body is not JSON is an error, not a string result', async () => {
    server.reply(() => ({ status: 200, body: '{"name": "trunc' }));
    for (const e of await both(client, { orgId: ORG })) {
      expect(e.statusCode).to.equal(200);
      expect(e.code).to.equal('ERR_INVALID_JSON');
      expect(e.type).to.equal('InvalidResponse');
      expect(e.cause).to.be.instanceOf(SyntaxError);
    }
  });

  it('a refused connection keeps the cause and its code', async () => {
    const refused = createClient({ url: refusedUrl, accessToken: TOKEN, retries: 0 });
    for (const e of await both(refused, { orgId: ORG })) {
      expect(isLosantError(e)).to.equal(true);
      expect(e.code).to.equal('ECONNREFUSED');
      expect(e.type).to.equal('Network');
      expect(e.statusCode).to.equal(undefined);
      expect(e.cause).to.be.instanceOf(Error);
      expect(e.message).to.contain('ECONNREFUSED');
    }
  });

  it('isLosantError is name-based, so it works across copies of the class', () => {
    class LosantErrorCopy extends Error {}
    const copy = new LosantErrorCopy('x');
    copy.name = 'LosantError';
    expect(isLosantError(copy)).to.equal(true);
    expect(isLosantError(new Error('x'))).to.equal(false);
    expect(isLosantError({ name: 'LosantError' })).to.equal(false);
    expect(isLosantError(null)).to.equal(false);
  });

  it('the access token never appears in the error, its inspection or the client\'s', async () => {
    server.reply(() => ({ status: 401, body: { type: 'Unauthorized', message: 'Invalid token' } }));
    const refused = createClient({ url: refusedUrl, accessToken: TOKEN, retries: 0 });
    const errors = [...(await both(client, { orgId: ORG })), ...(await both(refused, { orgId: ORG }))];
    for (const e of errors) {
      expect(e.request.headers.Authorization).to.equal('Bearer [REDACTED]');
      expect(e.message).to.not.contain(TOKEN);
      expect(util.inspect(e, { showHidden: true, depth: 6 })).to.not.contain(TOKEN);
      expect(JSON.stringify(e)).to.not.contain(TOKEN);
    }
    expect(util.inspect(client, { showHidden: true, depth: 6 })).to.not.contain(TOKEN);
  });
});
