'use strict';
// Issue 12: the four upload actions take multipart/form-data. Bodies are made by the
// project's own encoder (lib/http/uploads/multipart.ts, compiled by compile-lib.js until the
// client is wired to it) and sent over raw HTTP; what they change is read back with the
// client. Malformed or wrong bodies get a clear 4xx, never a crash.
const http = require('http');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { loadMultipart } = require('../../helpers/compile-lib');
const { expectDocumented } = require('../../helpers/emulator-calls');
const { rawRequest } = require('../../helpers/emulator-http');

const { encodeMultipart, jsonPart } = loadMultipart();

/** POSTs an encoded body (a Buffer: every part is in memory) and resolves { status, json }. */
function postForm(url, path, token, encoded) {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, {
      method: 'POST', agent: false,
      headers: { authorization: `Bearer ${token}`, 'content-type': encoded.contentType, 'content-length': encoded.body.length },
    }, (res) => {
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode, json: JSON.parse(Buffer.concat(parts).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(encoded.body);
  });
}

describe('emulator: uploads (multipart/form-data, issue 12)', () => {
  let emu;
  let demo;
  let client;
  before(async () => {
    emu = await startEmulator({ maxBodyBytes: 64 * 1024 });
    demo = emu.demo;
    client = createClient({ url: emu.url, accessToken: demo.token, retries: 0 });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  it('file.upload completes a file created with files.post: its size, type and ETag', async () => {
    const made = await client.files.post({ applicationId: demo.applicationId, file: { name: 'plan.csv', type: 'file' } });
    expect(made.status).to.equal('pending');
    expect(made.upload.url).to.equal(`${emu.url}/applications/${demo.applicationId}/file/${made.id}/upload`);
    const content = Buffer.from('zone,crop\nnorth,tomato\n');
    const res = await postForm(emu.url, `/applications/${demo.applicationId}/file/${made.id}/upload`, demo.token,
      encodeMultipart([{ name: 'file', value: content, filename: 'plan.csv' }]));
    expect(res.status).to.equal(200);
    expectDocumented('file', 'upload', res.json);
    const file = await client.file.get({ applicationId: demo.applicationId, fileId: made.id });
    expect(file).to.include({ status: 'completed', fileSize: content.length, contentType: 'text/csv' });
    expect(file.s3etag).to.match(/^[0-9a-f]{32}$/);
  });

  it('notebook.upload attaches the Jupyter file to its notebook', async () => {
    const res = await postForm(emu.url, `/applications/${demo.applicationId}/notebooks/${demo.notebookId}/upload`, demo.token,
      encodeMultipart([{ name: 'jupyterFile', value: Buffer.from('{"cells":[]}'), filename: 'yield.ipynb' }]));
    expect(res.status).to.equal(200);
    expectDocumented('notebook', 'upload', res.json);
    expect((await client.notebook.get({ applicationId: demo.applicationId, notebookId: demo.notebookId })).jupyterFileName).to.be.a('string');
  });

  it('applications.import creates an application owned as the form says; application.import touches its application', async () => {
    const res = await postForm(emu.url, '/applications/import', demo.token, encodeMultipart([
      { name: 'importBundle', value: Buffer.from('PK…'), filename: 'bundle.zip' },
      { name: 'ownerId', value: demo.orgId }, { name: 'ownerType', value: 'organization' },
      jsonPart('options', { include: ['Device'] }),
    ]));
    expect(res.status).to.equal(201);
    expectDocumented('applications', 'import', res.json);
    const made = await client.application.get({ applicationId: res.json.application.id });
    expect(made).to.include({ ownerId: demo.orgId, ownerType: 'organization' });
    expect((await client.org.get({ orgId: demo.orgId })).summary.appCount).to.equal(3);
    const into = await postForm(emu.url, `/applications/${demo.applicationId}/import`, demo.token,
      encodeMultipart([{ name: 'importBundle', value: Buffer.from('PK…'), filename: 'bundle.zip' }, { name: 'email', value: 'ada@example.com' }]));
    expect(into.status).to.equal(200);
    expectDocumented('application', 'import', into.json);
  });

  it('refuses what is not a valid form for the action, naming the problem', async () => {
    const path = `/applications/${demo.applicationId}/file/${demo.fileId}/upload`;
    const json = await rawRequest(emu.url, { method: 'POST', path, token: demo.token, body: { file: 'x' } });
    expect([json.status, json.json.type]).to.deep.equal([415, 'UnsupportedMediaType']);
    const noFile = await postForm(emu.url, path, demo.token, encodeMultipart([{ name: 'other', value: 'x' }]));
    expect([noFile.status, noFile.json.message]).to.deep.equal([400, 'file is required']);
    const badJson = await postForm(emu.url, '/applications/import', demo.token, encodeMultipart([{ name: 'options', value: '{not json' }]));
    expect([badJson.status, badJson.json.message]).to.deep.equal([400, 'options must be JSON text']);
    const cases = [
      ['multipart/form-data', '--x\r\n\r\nbody\r\n--x--\r\n', 'A multipart/form-data body needs a boundary of 1 to 70 characters in its Content-Type'],
      ['multipart/form-data; boundary=x', 'no boundary here', 'The multipart body does not contain its boundary'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="file"\r\n\r\nnever closed', 'The multipart body ends without its closing boundary'],
      ['multipart/form-data; boundary=x', '--x\r\nContent-Type: text/plain\r\n\r\nx\r\n--x--\r\n', 'A multipart part has no Content-Disposition: form-data'],
    ];
    for (const [type, body, message] of cases) {
      const res = await rawRequest(emu.url, { method: 'POST', path, token: demo.token, headers: { 'content-type': type }, body });
      expect([res.status, res.json.message], body).to.deep.equal([400, message]);
    }
  });

  it('a body over maxBodyBytes gets 413, and the emulator goes on serving', async () => {
    const big = encodeMultipart([{ name: 'file', value: Buffer.alloc(100 * 1024, 1), filename: 'big.bin' }]);
    const res = await postForm(emu.url, `/applications/${demo.applicationId}/file/${demo.fileId}/upload`, demo.token, big);
    expect(res.status).to.equal(413);
    expect((await client.file.get({ applicationId: demo.applicationId, fileId: demo.fileId })).fileSize).to.equal(20480);
  });
});
