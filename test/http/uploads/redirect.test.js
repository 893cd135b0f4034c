'use strict';
// An upload answered by a redirect that turns it into a GET (303, or 301/302 after a POST):
// the GET goes without the body and without the headers that describe it. A Content-Length
// left behind made the server wait for an upload that never came (a hang), or read the next
// request on the connection as that body.
const http = require('http');
const { expect } = require('chai');
const { createClient } = require('../../..');

const APP = '575ec8687ae143cd83dc4a97';
const FILE = '575ec76c7ae143cd83dc4a96';

describe('uploads answered by a redirect', () => {
  let server;
  let seen;
  let redirectStatus;
  before((done) => {
    server = http.createServer((req, res) => {
      let bytes = 0;
      req.on('data', (c) => { bytes += c.length; });
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, bytes });
        if (req.method === 'POST') {
          res.writeHead(redirectStatus, { location: '/done' });
          res.end();
          return;
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: FILE, bytes }));
      });
    });
    server.listen(0, '127.0.0.1', done);
  });
  after((done) => server.close(done));
  beforeEach(() => { seen = []; });

  for (const status of [303, 302, 301]) {
    for (const style of ['promise', 'callback']) {
      it(`${status} → GET: sent without body headers, answered (${style})`, async () => {
        const client = createClient({ url: `http://127.0.0.1:${server.address().port}`, accessToken: 't', timeout: 5000 });
        redirectStatus = status;
        const params = { applicationId: APP, fileId: FILE, file: Buffer.from('hello world') };
        const call = style === 'promise'
          ? client.file.upload(params)
          : new Promise((resolve, reject) => client.file.upload(params, (err, r) => (err ? reject(err) : resolve(r))));
        const result = await call;
        expect(result).to.deep.equal({ id: FILE, bytes: 0 });
        const get = seen.find((r) => r.method === 'GET');
        expect(get.url).to.equal('/done');
        for (const name of ['content-length', 'content-type', 'transfer-encoding']) expect(get.headers[name], name).to.equal(undefined);
        // The connection is still usable: a second call on it is not read as a leftover body.
        expect(await client.request({ method: 'GET', path: '/again' })).to.deep.equal({ id: FILE, bytes: 0 });
      });
    }
  }
});
