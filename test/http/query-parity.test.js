'use strict';
// Issue 20, point 4: the query string is the one losant-rest sends, that is `qs.stringify`'s
// (qs is what losant-rest 2.x serializes with): null sent blank (`name=`), a Buffer as its
// text, a function left out (or, as qs does, only its own keys). Each case goes over the
// wire to a loopback server and is compared with qs's own output for the same object, for
// an action's params and for `client.request`'s query.
const { expect } = require('chai');
const qs = require('qs');
const { createClient } = require('../..');
const { startWireServer } = require('../helpers/wire-server');

const APP = '575ec8687ae143cd83dc4a97';
const HAL = { _actions: false, _links: true, _embedded: true };
function fn() { return 'source text'; }
const withKey = Object.assign(function named() {}, { extra: 'kept' });

const CASES = {
  'null': { b: null },
  'a nested null and a null in an array': { a: { n: null, k: 1 }, l: [null, 'x'] },
  'a Buffer': { b: Buffer.from('hi') },
  'a Buffer of bytes that are not UTF-8, and an empty one': { b: Buffer.from([0xff, 0, 0x20]), e: Buffer.alloc(0) },
  'Buffers nested in objects and arrays': { a: { b: Buffer.from('x y') }, l: [Buffer.from('&=')] },
  'a function': { f: fn, g: 1 },
  'functions nested, and in an array (qs keeps the indexes)': { a: { f: fn, g: 1 }, l: [fn, 'two'] },
  'a function with an own key': { f: withKey },
};

describe('query parity with qs (losant-rest 2.x serializes with qs)', () => {
  let server;
  let client;
  before(async () => {
    server = await startWireServer();
    client = createClient({ url: server.url, accessToken: 'parity-token', retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  for (const [title, query] of Object.entries(CASES)) {
    it(`client.request: ${title}`, async () => {
      await client.request({ method: 'GET', path: '/parity', query });
      expect(server.requests[0].search).to.equal(qs.stringify(query));
    });
  }

  it('the 2.x form of client.request sends `params` the same way', async () => {
    const params = { b: Buffer.from('hi'), n: null, f: fn, l: [fn, 'two'] };
    await client.request({ method: 'get', url: '/parity', params });
    expect(server.requests[0].search).to.equal(qs.stringify(params));
  });

  it('an action sends an optional query param given as null blank, as losant-rest does', async () => {
    await client.devices.get({ applicationId: APP, filterField: null, filter: null });
    expect(server.requests[0].search).to.equal(qs.stringify(Object.assign({}, HAL, { filterField: null, filter: null })));
    expect(server.requests[0].search).to.match(/&filterField=&filter=$/);
  });

  it('null for _actions, _links or _embedded is sent blank too', async () => {
    await client.devices.get({ applicationId: APP, _links: null });
    expect(server.requests[0].search).to.equal('_actions=false&_links=&_embedded=true');
  });

  it('an advanced query given as null is sent as the JSON text null, as losant-rest does', async () => {
    await client.devices.get({ applicationId: APP, query: null });
    expect(server.requests[0].search).to.equal(qs.stringify(Object.assign({}, HAL, { query: 'null' })));
  });

  it('with validation off, an action sends a Buffer and a function as qs does', async () => {
    const params = { applicationId: APP, filter: Buffer.from('my*device'), filterField: fn };
    await client.devices.get(params, { validate: false });
    expect(server.requests[0].search).to.equal(qs.stringify(Object.assign({}, HAL, { filterField: fn, filter: params.filter })));
    expect(server.requests[0].search).to.not.match(/source|filter%5B0%5D/);
  });

  it('with validation on, a function where a string goes is refused, naming the param, and nothing is sent', async () => {
    const err = await client.devices.get({ applicationId: APP, filterField: fn }).then(() => null, (e) => e);
    expect(err).to.include({ type: 'Validation', field: 'filterField' });
    expect(server.requests).to.have.length(0);
  });
});
