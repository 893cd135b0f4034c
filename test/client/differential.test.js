'use strict';
// Differential test against losant-rest 2.8.1 (the client this one replaces): for every
// action 2.8.1 has, both clients make the same call to the same loopback server, which
// must see the same request (method, path, query, headers, body); given the same answer,
// both must resolve with the same result, and given the same API error, fail with the
// same message, type and statusCode. Parameters 2.8.1 does not know (newer API versions
// added some) are left out of its calls.
const { expect } = require('chai');
const losantRest = require('losant-rest');
const { schemas, synthesize } = require('../../dist/internal.js');
const { referenceClients } = require('../helpers/reference-clients');
const { tables, valueFor } = require('../helpers/table');
const { parseMultipart } = require('../helpers/multipart-parser');
const API_1_25_0 = require('../fixtures/api-1.25.0/actions.json');

const TOKEN = 'diff-token-51c2';
// Which actions 2.8.1 has is known before any call: a client built with no options tells.
const inReference = (resource, action) => {
  const client = losantRest.createClient({});
  return Boolean(client[resource]) && typeof client[resource][action] === 'function';
};
const VERSION = '^1.25.0';
const { acceptsEmptyObject } = require('../../dist/internal.js');
/** Non-GET JSON actions of 2.8.1 called without their body: those whose body is optional or accepts `{}`, and those with none. */
const BODILESS = 98;

/** The params 2.8.1's method reads (`params.<name>` in its source). */
function knownTo(method, action) {
  const source = method.toString();
  return action.params.filter((p) => new RegExp(`params\\.${p.name}\\b`).test(source));
}

/** The parts of a recorded request both clients must agree on. */
function wire(req) {
  const query = [...new URLSearchParams(req.search)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const type = req.headers['content-type'];
  return {
    method: req.method,
    path: req.rawPath,
    query,
    authorization: req.headers.authorization,
    accept: req.headers.accept,
    acceptVersion: req.headers['accept-version'],
    losantdomain: req.headers.losantdomain,
    contentType: type ? type.split(';')[0].trim() : undefined,
    body: !req.raw.length ? undefined
      : /^multipart\/form-data/.test(type) ? parseMultipart(req.raw, type).parts.map((p) => ({
        name: p.name, filename: p.filename, contentType: p.contentType, data: p.data.toString('base64'),
      }))
        : JSON.parse(req.raw.toString('utf8')),
  };
}

describe('differential: the same calls as losant-rest 2.8.1', function () {
  const both = referenceClients(TOKEN, VERSION);

  let compared = 0;
  let bodiless = 0;
  after(() => {
    // 266 JSON actions and the 4 uploads.
    expect(compared).to.equal(270);
    // Every non-GET JSON action 2.8.1 has, with its required params only and no body.
    expect(bodiless).to.equal(BODILESS);
  });

  // The actions 2.8.1 lacks are checked against the description instead (wire-all.test.js).
  it('compares 266 of the 367 JSON actions: 2.8.1 predates the other 101 (56 of API 1.25.0, the 45 1.30.0 added)', () => {
    const missing = [];
    let json = 0;
    for (const table of tables) {
      for (const name of Object.keys(table.actions)) {
        if (table.actions[name].transport !== 'json') continue;
        json++;
        if (!inReference(table.name, name)) missing.push(`${table.name}.${name}`);
      }
    }
    expect(json).to.equal(367);
    const of125 = missing.filter((k) => k in API_1_25_0);
    expect(of125).to.have.length(56);
    // Whole resources added after 2.8.1, among others.
    expect(of125).to.include.members(['edgeDeployment.get', 'instanceOrgInvite.get', 'resourceJob.execute']);
    // Every JSON action 1.30.0 added is one 2.8.1 lacks.
    const added = missing.filter((k) => !(k in API_1_25_0));
    expect(added).to.have.length(45);
    expect(added).to.include.members(['credential.get', 'me.invite', 'me.respondToInvite', 'instanceSandbox.payloadCountsBreakdown']);
  });

  for (const table of tables) {
    for (const name of Object.keys(table.actions)) {
      const action = table.actions[name];
      if (action.transport === 'eventStream' || !inReference(table.name, name)) continue;
      it(`${table.name}.${name}: same request, same result, same error`, async () => {
        const method = both.theirs[table.name][name];
        const params = {};
        knownTo(method, action).forEach((p, i) => { params[p.name] = p.type === 'file' ? Buffer.from('zip bytes \u0000\u00ff') : valueFor(p, i); });
        // form-data makes a request throw on a boolean field: give 2.8.1 the text it can send.
        for (const p of action.params) if (p.in === 'formData' && typeof params[p.name] === 'boolean') params[p.name] = String(params[p.name]);
        const ok = action.responses[0];
        const body = ok && ok.schema ? synthesize(schemas[ok.schema], { full: true }) : {};
        both.server.answer(() => ({ status: ok && ok.status === 204 ? 200 : (ok ? ok.status : 200), body }));
        const [a, b] = [await both.ours[table.name][name](params), await method(params)];
        expect(both.server.requests).to.have.length(2);
        const mine = wire(both.server.requests[0]);
        const reference = wire(both.server.requests[1]);
        expect(mine).to.deep.equal(reference);
        expect(a).to.deep.equal(b);

        both.server.answer(() => ({ status: 404, body: { type: 'NotFound', message: `No such thing for ${name}` } }));
        const errors = await Promise.all([both.ours[table.name][name](params), method(params)].map((p) => p.then(
          () => { throw new Error('resolved'); }, (err) => err)));
        for (const err of errors) {
          expect(err).to.be.an.instanceOf(Error);
          expect(err.message).to.equal(`No such thing for ${name}`);
          expect(err.type).to.equal('NotFound');
          expect(err.statusCode).to.equal(404);
        }
        compared++;
      });
    }
  }

  // Losant's clients start every call but a GET from the body `{}` and send it when the body param is
  // left out (DELETE included); a required body whose schema accepts `{}` may be left out too
  // (`experience.bootstrap({ applicationId })`, which losant-cli sends).
  for (const table of tables) {
    for (const name of Object.keys(table.actions)) {
      const action = table.actions[name];
      if (action.transport !== 'json' || action.method === 'GET' || !inReference(table.name, name)) continue;
      const body = action.params.filter((p) => p.in === 'body')[0];
      if (body && body.required && !acceptsEmptyObject({ schema: schemas[body.schema] })) continue;
      it(`${table.name}.${name} without its body: the same \`{}\` as 2.8.1`, async () => {
        const params = {};
        action.params.forEach((p, i) => { if (p.required && p.in !== 'body') params[p.name] = valueFor(p, i); });
        both.server.answer(() => ({ status: 200, body: {} }));
        await both.ours[table.name][name](params);
        await both.theirs[table.name][name](params);
        const [mine, reference] = both.server.requests.map(wire);
        expect(reference).to.include({ contentType: 'application/json' });
        expect(reference.body).to.deep.equal({});
        expect(mine).to.deep.equal(reference);
        bodiless++;
      });
    }
  }
});
