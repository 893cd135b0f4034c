'use strict';
// Issue 20, point 5: a call's arguments are read when the call is made, even on a
// resource's first call, which waits for the resource's table to load. Reproduced as the
// issue found it: three `client.device.delete(params)` calls with one params object whose
// `deviceId` changes between them, then `client.setOption('accessToken', other)` (and, one
// `setImmediate` later, another), used to send three DELETEs of the last device, all with
// the token set after the calls. Each build runs in a fresh process (so the tables are not
// loaded yet): CommonJS, ES modules and the browser build (run here on Node's own fetch),
// in both styles, with call options and a nested body changed after the call too.
const { execFile } = require('child_process');
const path = require('path');
const { expect } = require('chai');
const { startWireServer } = require('../helpers/wire-server');

const DIST = path.join(__dirname, '..', '..', 'dist');
const APP = '575ec8687ae143cd83dc4a97';
const DEVICES = ['575ecf887ae143cd83dc4aa1', '575ecf887ae143cd83dc4aa2', '575ecf887ae143cd83dc4aa3'];

/** The program the issue describes, against `url`; `load` is how the build is loaded. */
function program(load, url) {
  return `(async () => {
  const { createClient } = ${load};
  const client = createClient({ url: ${JSON.stringify(url)}, accessToken: 'token-at-call-time', retries: 0 });
  const params = { applicationId: '${APP}', deviceId: '${DEVICES[0]}' };
  const calls = [client.device.delete(params)];
  params.deviceId = '${DEVICES[1]}';
  calls.push(new Promise((resolve, reject) => client.device.delete(params, (err, res) => (err ? reject(err) : resolve(res)))));
  params.deviceId = '${DEVICES[2]}';
  const options = { accessToken: 'call-option-token' };
  calls.push(client.device.delete(params, options));
  options.accessToken = 'call-option-changed-later';
  params.deviceId = '575ecf887ae143cd83dc4aff';
  const application = { name: 'Name at call time', description: 'kept' };
  calls.push(client.application.patch({ applicationId: '${APP}', application }));
  application.name = 'Name changed later';
  delete application.description;
  client.setOption('accessToken', 'token-set-after-the-calls');
  setImmediate(() => client.setOption('accessToken', 'token-set-a-tick-later'));
  await Promise.all(calls);
  console.log('done');
})().catch((err) => { console.error(err); process.exit(1); });`;
}

const BUILDS = {
  CommonJS: (url) => ['-e', program(`require(${JSON.stringify(path.join(DIST, 'index.js'))})`, url)],
  'ES modules': (url) => ['--input-type=module', '-e', program(`await import(${JSON.stringify(`file://${path.join(DIST, 'index.mjs')}`)})`, url)],
  browser: (url) => ['--input-type=module', '-e', program(`await import(${JSON.stringify(`file://${path.join(DIST, 'browser', 'index.mjs')}`)})`, url)],
};

function run(args) {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { encoding: 'utf8', timeout: 30000 }, (err, stdout, stderr) => resolve({ err, stdout, stderr }));
  });
}

describe("a call's arguments are read when it is made, even while its resource's table loads", () => {
  let server;
  before(async () => {
    server = await startWireServer();
    server.answer(() => ({ status: 200, body: { success: true } }));
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  for (const [build, args] of Object.entries(BUILDS)) {
    it(`${build} build: each DELETE goes to the device and with the token of its call; the body is the one given`, async function () {
      this.timeout(40000);
      const res = await run(args(server.url));
      expect(res.stdout.trim(), res.stderr).to.equal('done');
      const seen = server.requests.map((r) => `${r.method} ${r.rawPath} ${r.headers.authorization}${r.raw.length ? ` ${r.raw}` : ''}`).sort();
      expect(seen).to.deep.equal([
        `DELETE /applications/${APP}/devices/${DEVICES[0]} Bearer token-at-call-time {}`,
        `DELETE /applications/${APP}/devices/${DEVICES[1]} Bearer token-at-call-time {}`,
        `DELETE /applications/${APP}/devices/${DEVICES[2]} Bearer call-option-token {}`,
        `PATCH /applications/${APP} Bearer token-at-call-time {"name":"Name at call time","description":"kept"}`,
      ]);
    });
  }
});

describe('snapshot: the params copy a waiting call keeps', () => {
  const { snapshot } = require('../../dist/internal.js');

  it('copies plain objects and arrays all the way down, keeps a cycle a cycle, and other values as given', () => {
    const file = Buffer.from('bytes');
    const when = new Date(0);
    const params = { a: { b: [1, { c: 'd' }] }, file, when, none: null };
    params.a.self = params.a;
    const copy = snapshot(params);
    params.a.b[1].c = 'changed';
    params.a.b.push(2);
    expect(copy.a.b).to.deep.equal([1, { c: 'd' }]);
    expect(copy.a.self).to.equal(copy.a);
    expect(copy.file).to.equal(file);
    expect(copy.when).to.equal(when);
    expect(copy.none).to.equal(null);
  });

  it('reads a getter once, when the call is made', () => {
    let reads = 0;
    const params = { get deviceId() { reads++; return `device-${reads}`; } };
    const copy = snapshot(params);
    expect([copy.deviceId, copy.deviceId, reads]).to.deep.equal(['device-1', 'device-1', 1]);
  });
});
