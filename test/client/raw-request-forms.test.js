'use strict';
// Issue 20, point 1: `client.request()` takes losant-rest 2.x's form, an axios request
// config `{ method, url, params, data, headers }` (what Losant's CLI sends:
// `api.request({ method: 'get', url: '/whitelabels/domain' })`), as well as its own
// `{ method, path, query, headers, body }`. The 2.x form is compared on the wire with
// losant-rest 2.8.1 itself: both make the same call to one loopback server, which must see
// the same request; given the same answer they give the same result, and the same error.
// Every refusal names the field the caller passed.
const { expect } = require('chai');
const { createClient } = require('../..');
const { startWireServer } = require('../helpers/wire-server');
const { referenceClients } = require('../helpers/reference-clients');

const TOKEN = 'raw-form-token';
const VERSION = '^1.25.0';

function wire(req) {
  const type = req.headers['content-type'];
  return {
    method: req.method,
    path: req.rawPath,
    search: req.search,
    authorization: req.headers.authorization,
    accept: req.headers.accept,
    acceptVersion: req.headers['accept-version'],
    custom: req.headers['x-custom'],
    contentType: type ? type.split(';')[0].trim() : undefined,
    body: req.raw.length ? JSON.parse(req.raw.toString('utf8')) : undefined,
  };
}

const LEGACY_CALLS = {
  "losant-cli's white-label look-up": { method: 'get', url: '/whitelabels/domain' },
  'no method (axios sends a GET)': { url: '/me' },
  'a POST with data and params, method in upper case': {
    method: 'POST', url: '/applications/575ec8687ae143cd83dc4a97/devices', params: { page: 2, tagFilter: [{ key: 'floor', value: '2' }] }, data: { name: 'Boiler', tags: [] },
  },
  'a patch with nested data, method in mixed case': { method: 'Patch', url: '/me', data: { firstName: 'Ada', a: { b: [1, null] } } },
  'a delete without data': { method: 'delete', url: '/applications/575ec8687ae143cd83dc4a97/devices/575ecf887ae143cd83dc4aa2' },
  'a url with a query of its own, and params': { method: 'get', url: '/applications?sortField=name', params: { page: 0, n: null } },
  'a header of the caller': { method: 'get', url: '/me', headers: { 'X-Custom': 'yes' } },
  'a url with a fragment (never sent)': { method: 'get', url: '/me#section' },
};

describe("client.request in losant-rest 2.x's form: the same wire as losant-rest 2.8.1", () => {
  const both = referenceClients(TOKEN, VERSION);

  for (const [title, request] of Object.entries(LEGACY_CALLS)) {
    it(`${title}: same request, same result, same error`, async () => {
      const answer = { appUrl: 'https://app.losant.com', endpointDomain: 'on.losant.com' };
      both.server.answer(() => ({ status: 200, body: answer }));
      // losant-rest changes the object it is given (it sets headers and the full url): each gets its own copy.
      const a = await both.ours.request(JSON.parse(JSON.stringify(request)));
      const b = await both.theirs.request(JSON.parse(JSON.stringify(request)));
      expect(both.server.requests).to.have.length(2);
      expect(wire(both.server.requests[0])).to.deep.equal(wire(both.server.requests[1]));
      expect(a).to.deep.equal(b);

      both.server.answer(() => ({ status: 403, body: { type: 'Forbidden', message: 'Not yours' } }));
      const errors = await Promise.all([both.ours, both.theirs].map((c) => c.request(JSON.parse(JSON.stringify(request))).then(
        () => { throw new Error('resolved'); }, (err) => err)));
      for (const err of errors) expect(err).to.include({ message: 'Not yours', type: 'Forbidden', statusCode: 403 });
    });
  }

  it('works with a callback, as losant-rest 2.x did', async () => {
    both.server.answer(() => ({ status: 200, body: { appUrl: 'x' } }));
    const result = await new Promise((resolve, reject) => {
      const returned = both.ours.request({ method: 'get', url: '/whitelabels/domain' }, (err, res) => (err ? reject(err) : resolve(res)));
      expect(returned).to.equal(undefined);
    });
    expect(result).to.deep.equal({ appUrl: 'x' });
  });

  it("the client's own form still works", async () => {
    await both.ours.request({ method: 'POST', path: '/x', query: { a: 1 }, body: { b: 2 } });
    expect(wire(both.server.requests[0])).to.include({ method: 'POST', path: '/x', search: 'a=1', contentType: 'application/json' });
    expect(wire(both.server.requests[0]).body).to.deep.equal({ b: 2 });
  });
});

describe('client.request: every refusal names the field the caller passed, and nothing is sent', () => {
  let server;
  let client;
  before(async () => {
    server = await startWireServer();
    client = createClient({ accessToken: TOKEN, url: server.url, retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const REFUSED = [
    [{ method: 'get', url: 'whitelabels/domain' }, 'request.url', /must be a string that starts with \//],
    [{ method: 'get', url: 42 }, 'request.url', /must be a string/],
    [{ method: 7, url: '/me' }, 'request.method', /must be a string/],
    [{ method: 'get me', url: '/me' }, 'request.method', /is not a valid HTTP method/],
    [{ method: 'get', url: '/me', params: 'page=1' }, 'request.params', /must be an object/],
    [{ method: 'post', url: '/me', data: 'text' }, 'request.data', /must be an object or an array/],
    [{ method: 'post', url: '/me', data: Buffer.from('x') }, 'request.data', /must be an object or an array/],
    [{ method: 'get', url: '/me', data: { a: 1 } }, 'request.data', /cannot be sent with GET/],
    [{ method: 'get', url: '/me', headers: 'x' }, 'request.headers', /must be an object/],
    [{ method: 'get', url: '/me', query: { a: 1 } }, 'request.query', /cannot be used with request.url/],
    [{ method: 'post', url: '/me', body: {} }, 'request.body', /cannot be used with request.url/],
    [{ method: 'get', url: '/me', path: '/me' }, 'request.path', /cannot be used with request.url/],
    [{ method: 'GET', path: '/me', params: { a: 1 } }, 'request.params', /cannot be used with request.path/],
    [{ method: 'POST', path: '/me', data: {} }, 'request.data', /cannot be used with request.path/],
    [{ method: 'GET', path: 'me' }, 'request.path', /must start with \//],
    [{ method: 'GET', path: '/me', body: { a: 1 } }, 'request.body', /cannot be sent with GET/],
    [{ method: 'post', url: '/me', data: { big: BigInt(1) } }, 'request.data', /./],
    ['GET /me', 'request', /must be an object/],
  ];
  for (const [request, field, message] of REFUSED) {
    it(`${JSON.stringify(request, (k, v) => (typeof v === 'bigint' ? `${v}n` : v))}: refused naming ${field}`, async () => {
      const err = await client.request(request).then(() => null, (e) => e);
      expect(err, 'refused').to.not.equal(null);
      expect(err).to.include({ type: 'Validation', field });
      expect(err.message).to.match(message);
      expect(server.requests).to.have.length(0);
    });
  }
});
