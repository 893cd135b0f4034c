'use strict';
// The kinds of call API 1.30.0 brought, on the wire, written out by hand from Losant's
// description (not from the imported table, as wire-all.test.js does): an upload of a
// private file as multipart/form-data (`in: multipart`), a path parameter declared by
// the action rather than its resource (me.invite's inviteId), and devices.removeData's
// answer, now 202 with a job (no more 200 with counts).
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { createClient } = require('../..');
const { startWireServer } = require('../helpers/wire-server');
const { parseMultipart } = require('../helpers/multipart-parser');

const APP = '575ec8687ae143cd83dc4a97';
const FILE = '575ec76c7ae143cd83dc4a96';
const INVITE = '575ed71e7ae143cd83dc4aaa';
const DEFAULT_QUERY = '_actions=false&_links=true&_embedded=true';

describe('API 1.30.0\'s new kinds of call, on the wire', () => {
  let server;
  let client;
  before(async () => {
    server = await startWireServer();
    client = createClient({ accessToken: 'new-kinds', url: server.url, retries: 0 });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const seen = () => {
    expect(server.requests).to.have.length(1);
    const req = server.requests[0];
    return { method: req.method, path: req.rawPath, search: req.search, type: (req.headers['content-type'] || '').split(';')[0], req };
  };

  it('privateFile.upload sends the file as the one multipart field `privateFile`, urlTTL in the query (promise, a Buffer)', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255]);
    server.answer(() => ({ status: 200, body: { id: FILE, name: 'report.bin' } }));
    const result = await client.privateFile.upload({ applicationId: APP, privateFileId: FILE, privateFile: bytes, urlTTL: '60' });
    expect(result).to.deep.equal({ id: FILE, name: 'report.bin' });
    const { method, path: p, search, type, req } = seen();
    expect([method, p, search, type]).to.deep.equal(
      ['POST', `/applications/${APP}/privateFiles/${FILE}/upload`, `${DEFAULT_QUERY}&urlTTL=60`, 'multipart/form-data']);
    const parts = parseMultipart(req.raw, req.headers['content-type']).parts;
    expect(parts.map((x) => x.name)).to.deep.equal(['privateFile']);
    expect(parts[0].data.equals(bytes)).to.equal(true);
  });

  it('privateFile.upload streams a file with its name and type (callback, a ReadStream)', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'private-file-')), 'notes.txt');
    fs.writeFileSync(file, 'private notes\n');
    try {
      await new Promise((resolve, reject) => {
        const returned = client.privateFile.upload({ applicationId: APP, privateFileId: FILE, privateFile: fs.createReadStream(file) },
          (err, result) => (err ? reject(err) : resolve(result)));
        expect(returned).to.equal(undefined);
      });
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
    const { search, req } = seen();
    expect(search).to.equal(DEFAULT_QUERY);
    const [part] = parseMultipart(req.raw, req.headers['content-type']).parts;
    expect([part.name, part.filename, part.contentType, part.data.toString()]).to.deep.equal(['privateFile', 'notes.txt', 'text/plain', 'private notes\n']);
  });

  it('privateFile.upload without its file is refused, and nothing is sent', async () => {
    const err = await client.privateFile.upload({ applicationId: APP, privateFileId: FILE }).then(() => null, (e) => e);
    expect(err).to.be.an.instanceOf(Error);
    expect(err.message).to.match(/privateFile/);
    expect(server.requests).to.have.length(0);
  });

  it('me.invite and me.respondToInvite put the action\'s own inviteId in the path', async () => {
    await client.me.invite({ inviteId: INVITE });
    expect(seen()).to.include({ method: 'GET', path: `/me/invites/${INVITE}`, search: DEFAULT_QUERY });
    server.reset();
    await client.me.respondToInvite({ inviteId: INVITE, response: { action: 'accept' } });
    const sent = seen();
    expect(sent).to.include({ method: 'POST', path: `/me/invites/${INVITE}`, search: DEFAULT_QUERY, type: 'application/json' });
    expect(JSON.parse(sent.req.raw.toString())).to.deep.equal({ action: 'accept' });
  });

  it('me.invite without its inviteId is refused, and nothing is sent', async () => {
    const err = await client.me.invite({}).then(() => null, (e) => e);
    expect(err).to.be.an.instanceOf(Error);
    expect(err.message).to.match(/inviteId/);
    expect(server.requests).to.have.length(0);
  });

  it('devices.removeData resolves with the 202 job the API answers', async () => {
    server.answer(() => ({ status: 202, body: { jobQueued: true, jobId: 'job-1', success: true } }));
    const result = await client.devices.removeData({ applicationId: APP, options: { query: { name: 'Sensor' }, attributes: ['voltage'] } });
    expect(result).to.deep.equal({ jobQueued: true, jobId: 'job-1', success: true });
    const sent = seen();
    expect(sent).to.include({ method: 'POST', path: `/applications/${APP}/devices/removeData`, search: DEFAULT_QUERY });
  });
});
