'use strict';
// Every action of the API description, called with every parameter, in both styles,
// checked on the wire against the description: method, path, query string, headers and
// body. The expectations are built here from the imported table files (the description's
// facts) with `qs`, the serializer losant-rest uses, not with the client's own code.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const qs = require('qs');
const { createClient } = require('../..');
const { schemas, synthesize } = require('../../dist/internal.js');
const { startWireServer } = require('../helpers/wire-server');
const { tables, valueFor } = require('../helpers/table');
const { parseMultipart } = require('../helpers/multipart-parser');

const TOKEN = 'wire-token-3b9f';
const API = require('../../lib/actions/api.json');

function paramsFor(action, all) {
  const params = {};
  action.params.forEach((p, i) => {
    if (p.required || all) params[p.name] = valueFor(p, i);
  });
  return params;
}

/** What the server must see, from the description alone. */
function expected(action, params) {
  const query = { ...action.queryDefaults };
  for (const p of action.params) {
    if (p.in !== 'query' || params[p.name] === undefined) continue;
    query[p.name] = p.encode === 'json' ? JSON.stringify(params[p.name]) : params[p.name];
  }
  // Losant's clients start every call but a GET with the body `{}`; a body param replaces it.
  const given = action.params.filter((p) => p.in === 'body' && params[p.name] !== undefined).map((p) => params[p.name])[0];
  const body = given === undefined && action.method !== 'GET' ? {} : given;
  return {
    method: action.method,
    rawPath: action.path.replace(/\{(\w+)\}/g, (m, name) => encodeURIComponent(params[name])),
    search: qs.stringify(query),
    losantdomain: params.losantdomain,
    body: body === undefined ? undefined : JSON.parse(JSON.stringify(body)),
  };
}

function answerFor(action) {
  const ok = action.responses[0];
  if (!ok || !ok.schema) return { status: ok ? ok.status : 200 };
  return { status: ok.status, body: synthesize(schemas[ok.schema], { full: true }) };
}

function call(method, params, style) {
  if (style === 'promise') return method(params);
  return new Promise((resolve, reject) => {
    const returned = method(params, (err, result) => (err ? reject(err) : resolve(result)));
    if (returned !== undefined) reject(new Error('a callback call returned something'));
  });
}

/** Form fields the server must see for an upload: the description's formData params, in order. */
function expectedForm(action, params) {
  return action.params.filter((p) => p.in === 'formData' && params[p.name] !== undefined).map((p) => {
    const value = params[p.name];
    const text = p.encode === 'json' ? JSON.stringify(value) : value;
    return { name: p.name, data: Buffer.isBuffer(text) ? text : Buffer.from(String(text), 'utf8') };
  });
}

describe('every action on the wire, as the API description says', function () {
  let server;
  let client;
  before(async () => {
    server = await startWireServer();
    client = createClient({ accessToken: TOKEN, url: server.url, retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  it('has every resource and action of the description on the client', () => {
    let actions = 0;
    for (const table of tables) {
      expect(Object.keys(client[table.name]), table.name).to.deep.equal(Object.keys(table.actions));
      actions += Object.keys(table.actions).length;
    }
    // The counts the importer recorded from the description: no resource or action lost on the way.
    expect(tables).to.have.length(API.resources);
    expect(actions).to.equal(API.actions);
  });

  for (const table of tables) {
    describe(`client.${table.name}`, () => {
      for (const name of Object.keys(table.actions)) {
        const action = table.actions[name];
        if (action.transport === 'multipart') {
          for (const [style, kind] of [['promise', 'buffer'], ['callback', 'stream'], ['promise', 'string']]) {
            it(`${name} (${style}, the file as a ${kind})`, async () => {
              const params = paramsFor(action, true);
              const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => i % 256));
              let file;
              const fileParam = action.params.find((p) => p.type === 'file').name;
              if (kind === 'buffer') params[fileParam] = bytes;
              if (kind === 'string') params[fileParam] = 'text file contents\n';
              if (kind === 'stream') {
                file = path.join(os.tmpdir(), `upload-${process.pid}.zip`);
                fs.writeFileSync(file, bytes);
                params[fileParam] = fs.createReadStream(file);
              }
              const answer = answerFor(action);
              server.answer(() => answer);
              try {
                const result = await call(client[table.name][name], params, style);
                expect(result).to.deep.equal(answer.body);
              } finally {
                if (file) fs.unlinkSync(file);
              }
              const req = server.requests[0];
              const want = expected(action, params);
              expect([req.method, req.rawPath, req.search]).to.deep.equal([want.method, want.rawPath, want.search]);
              expect(req.headers['content-type']).to.match(/^multipart\/form-data; boundary=/);
              const parts = parseMultipart(req.raw, req.headers['content-type']).parts;
              const form = expectedForm(action, { ...params, [fileParam]: kind === 'stream' ? bytes : params[fileParam] });
              expect(parts.map((p) => p.name)).to.deep.equal(form.map((f) => f.name));
              parts.forEach((p, i) => expect(p.data.equals(form[i].data), p.name).to.equal(true));
              const filePart = parts.find((p) => p.name === fileParam);
              if (kind === 'stream') expect([filePart.filename, filePart.contentType]).to.deep.equal([path.basename(file), 'application/zip']);
              if (kind === 'buffer') expect([filePart.filename, filePart.contentType]).to.deep.equal([undefined, 'application/octet-stream']);
              if (kind !== 'stream') expect(req.headers['content-length']).to.equal(String(req.raw.length));
            });
          }
          continue;
        }
        if (action.transport !== 'json') continue;
        for (const [style, all] of [['promise', true], ['callback', true], ['callback', false]]) {
          it(`${name} (${style}, ${all ? 'every parameter' : 'required parameters'})`, async () => {
            const params = paramsFor(action, all);
            const before = JSON.stringify(params);
            const answer = answerFor(action);
            server.answer(() => answer);
            const result = await call(client[table.name][name], params, style);
            expect(server.requests).to.have.length(1);
            const req = server.requests[0];
            const want = expected(action, params);
            expect(req.method).to.equal(want.method);
            expect(req.rawPath).to.equal(want.rawPath);
            expect(req.search).to.equal(want.search);
            expect(req.headers.losantdomain).to.equal(want.losantdomain);
            expect(req.headers.authorization).to.equal(`Bearer ${TOKEN}`);
            expect(req.headers.accept).to.equal('application/json');
            expect(req.headers['accept-version']).to.equal(`^${API.apiVersion}`);
            if (want.body === undefined) {
              expect(req.raw.length).to.equal(0);
              expect(req.headers['content-type']).to.equal(undefined);
            } else {
              expect(req.headers['content-type']).to.equal('application/json');
              expect(JSON.parse(req.raw.toString('utf8'))).to.deep.equal(want.body);
            }
            expect(result).to.deep.equal(answer.body);
            expect(JSON.stringify(params)).to.equal(before);
          });
        }
      }
    });
  }
});
