'use strict';
// Issue 22, defects 10 and 11: the streams' replay buffers (what a client that reconnects
// with Last-Event-ID gets) grew without bound: kept with no subscriber, data and frame both,
// never dropped with their device (30 deleted devices × 5 × 900 KB states left 223 MB of
// heap after reset()); and reset() did not clear them, so a test's events reached the next.
const http = require('http');
const { expect } = require('chai');
const { startEmulator } = require('../../../dist/emulator.js');
const { retainedBytes } = require('../../helpers/heap');
const { rawRequest } = require('../../helpers/emulator-http');

const MB = 1024 * 1024;

/** Opens a stream and resolves { res, text(), events() } once the first comment arrived. */
function openStream(url, path, token, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}${path}`, { agent: false, headers: Object.assign({ authorization: `Bearer ${token}` }, headers) }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        const first = text === '';
        text += chunk;
        if (first) resolve({ res, text: () => text, events: () => (text.match(/^id: \d+$/gm) || []).length });
      });
    });
    req.on('error', reject);
  });
}

const until = async (check) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).to.equal(true);
};

describe('emulator: the streams\' replay buffers are bounded and reset (issue 22)', function () {
  this.timeout(60000);
  let emu;
  let ids;
  const post = (path, body) => rawRequest(emu.url, { method: 'POST', path, token: ids.token, body });

  before(async () => {
    emu = await startEmulator();
    ids = emu.demo;
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  /** A new device of the demo application whose state stream was opened once, then closed (a client gone for now). */
  async function watchedDevice(name) {
    const created = await post(`/applications/${ids.applicationId}/devices`, { name, deviceClass: 'standalone', attributes: [] });
    const path = `/applications/${ids.applicationId}/devices/${created.json.id}`;
    const stream = await openStream(emu.url, `${path}/stateStream`, ids.token);
    stream.res.destroy();
    return path;
  }

  /** Five states of about 900 KB each to the device. */
  async function bigStates(path) {
    const big = 'x'.repeat(900 * 1024);
    for (let i = 0; i < 5; i++) expect((await post(`${path}/state`, { data: { big, i } })).status).to.equal(200);
  }

  it('reset() drops the replay buffers: a reconnect with Last-Event-ID gets nothing of the old state (defect 11)', async () => {
    const path = `/applications/${ids.applicationId}/devices/${ids.deviceId}`;
    const first = await openStream(emu.url, `${path}/stateStream`, ids.token);
    for (const t of [1, 2]) await post(`${path}/state`, { data: { t } });
    await until(() => first.events() === 2);
    first.res.destroy();
    emu.reset();
    const again = await openStream(emu.url, `${path}/stateStream`, ids.token, { 'last-event-id': '0' });
    await post(`${path}/state`, { data: { t: 3 } });
    await until(() => again.events() === 1);
    again.res.destroy();
    expect(again.text()).to.not.match(/"t":[12]/);
    expect(again.text()).to.match(/"t":3/);
  });

  it('keeps nothing for a stream nobody opened, and drops a device\'s replay with the device (defect 10)', async () => {
    await bigStates(`/applications/${ids.applicationId}/devices/${ids.deviceId}`);
    emu.reset();
    const before = retainedBytes();
    for (let d = 0; d < 8; d++) {
      const path = await watchedDevice(`Short-lived ${d}`);
      await bigStates(path);
      expect((await rawRequest(emu.url, { method: 'DELETE', path, token: ids.token })).status).to.equal(200);
    }
    await bigStates(`/applications/${ids.applicationId}/devices/${ids.deviceId}`);
    const kept = retainedBytes() - before;
    expect(kept / MB, 'MB still held').to.be.below(8);
  });

  it('holds at most twice the backlog limit (16 MiB by default) over all channels, the oldest dropped first (defect 10)', async () => {
    const paths = [];
    for (let d = 0; d < 8; d++) paths.push(await watchedDevice(`Watched ${d}`));
    const before = retainedBytes();
    for (const path of paths) await bigStates(path);
    // The devices' stored states go; what is left is the replay buffers.
    for (const path of paths) expect((await rawRequest(emu.url, { method: 'DELETE', path: `${path}/data`, token: ids.token })).status).to.equal(202);
    const kept = retainedBytes() - before;
    expect(kept / MB, 'MB held by the replay buffers').to.be.below(16 + 6);
    // The newest events are the ones kept: the last device's replay is whole.
    const last = await openStream(emu.url, `${paths[7]}/stateStream`, ids.token, { 'last-event-id': '0' });
    await until(() => last.events() >= 4);
    last.res.destroy();
  });
});
