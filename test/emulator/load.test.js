'use strict';
// Issue 12, limits and faults: 1,000 concurrent requests across resources leave the state
// consistent (every write applied exactly once, every answer its own); garbage, oversized
// bodies and slowloris-style partial requests neither crash the emulator nor hold up
// other clients.
const net = require('net');
const { expect } = require('chai');
const { createClient } = require('../..');
const { startEmulator } = require('../../dist/emulator.js');
const { rawRequest } = require('../helpers/emulator-http');

describe('emulator: load and faults across resources (issue 12)', function () {
  this.timeout(60000);
  let emu;
  let demo;
  beforeEach(async () => {
    emu = await startEmulator();
    demo = emu.demo;
  });
  afterEach(() => emu.close());

  it('1,000 concurrent requests across resources: each write applied once, each answer its own', async () => {
    // node-fetch's default agent has no socket limit: all 1,000 are in flight at once.
    const client = createClient({ url: emu.url, accessToken: demo.token, retries: 0 });
    const app = { applicationId: demo.applicationId };
    const table = { applicationId: demo.applicationId, dataTableId: demo.dataTableId };
    const calls = [];
    for (let i = 0; i < 1000; i++) {
      switch (i % 5) {
        case 0: calls.push(client.devices.post(Object.assign({ device: { name: `Load ${i}`, deviceClass: 'standalone' } }, app)).then((d) => ['device', i, d.name])); break;
        case 1: calls.push(client.device.sendState({ applicationId: demo.applicationId, deviceId: demo.deviceId, deviceState: { data: { seq: i } } }).then(() => ['state', i])); break;
        case 2: calls.push(client.dataTableRows.post(Object.assign({ dataTableRow: { crop: `crop-${i}` } }, table)).then((r) => ['row', i, r.crop])); break;
        case 3: calls.push(client.org.inviteMember({ orgId: demo.orgId, invite: { email: `load-${i}@example.com`, role: 'view' } }).then((all) => ['invite', i, all.length])); break;
        default: calls.push(client.device.get({ applicationId: demo.applicationId, deviceId: demo.deviceId }).then((d) => ['read', i, d.id])); break;
      }
    }
    const results = await Promise.all(calls);
    for (const [kind, i, value] of results) {
      if (kind === 'device') expect(value).to.equal(`Load ${i}`);
      if (kind === 'row') expect(value).to.equal(`crop-${i}`);
      if (kind === 'read') expect(value).to.equal(demo.deviceId);
    }
    // Writes are applied one at a time: each invite answer saw a different number of invites.
    const inviteCounts = results.filter((r) => r[0] === 'invite').map((r) => r[2]).sort((a, b) => a - b);
    expect(new Set(inviteCounts).size).to.equal(200);
    const check = createClient({ url: emu.url, accessToken: demo.token });
    expect((await check.devices.get(Object.assign({ perPage: '1000' }, app))).totalCount).to.equal(3 + 200);
    expect((await check.dataTableRows.get(table)).totalCount).to.equal(3 + 200);
    expect(await check.org.pendingInvites({ orgId: demo.orgId })).to.have.length(1 + 200);
    const states = await check.device.getState({ applicationId: demo.applicationId, deviceId: demo.deviceId, limit: '1000' });
    const seqs = states.map((s) => s.data.seq).filter((s) => s !== undefined).sort((a, b) => a - b);
    expect(seqs).to.deep.equal(Array.from({ length: 200 }, (_, k) => k * 5 + 1));
  });

  it('garbage on the socket and malformed requests get a 400 and never stop the others', async () => {
    const garbage = ['\x00\x01\x02\r\n\r\n', 'GET / HTTP/9.9\r\n\r\n', `POST /applications/${demo.applicationId}/devices HTTP/1.1\r\nContent-Length: abc\r\n\r\n`];
    await Promise.all(garbage.map((g) => new Promise((resolve) => {
      const socket = net.connect(emu.port, '127.0.0.1', () => socket.end(g));
      socket.on('data', () => {});
      socket.on('error', resolve);
      socket.on('close', resolve);
    })));
    const bad = [
      { method: 'POST', path: `/applications/${demo.applicationId}/devices`, token: demo.token, body: '{"device": ' },
      { method: 'POST', path: `/applications/${demo.applicationId}/devices`, token: demo.token, body: { device: { name: 7 } } },
      { method: 'GET', path: `/applications/${demo.applicationId}/devices?tagFilter[0][key]=a&tagFilter[0][key][x]=b`, token: demo.token },
      { method: 'GET', path: `/applications/${demo.applicationId}/devices?query=%7Bnot-json`, token: demo.token },
      { method: 'GET', path: `/applications/${demo.applicationId}/devices?perPage=many`, token: demo.token },
    ];
    for (const req of bad) {
      const res = await rawRequest(emu.url, req);
      expect([res.status, res.json.type], req.path).to.deep.equal([400, 'Validation']);
    }
    const ok = await rawRequest(emu.url, { path: `/applications/${demo.applicationId}/devices`, token: demo.token });
    expect(ok.status).to.equal(200);
  });

  it('an oversized body gets 413 at once, whatever the resource', async () => {
    const small = await startEmulator({ maxBodyBytes: 1024 });
    try {
      const res = await rawRequest(small.url, {
        method: 'POST', path: `/applications/${demo.applicationId}/data-tables/${demo.dataTableId}/rows`, token: demo.token, body: { crop: 'x'.repeat(5000) },
      });
      expect([res.status, res.json.type]).to.deep.equal([413, 'PayloadTooLarge']);
      expect((await rawRequest(small.url, { path: `/applications/${demo.applicationId}`, token: demo.token })).status).to.equal(200);
    } finally {
      await small.close();
    }
  });

  it('slowloris: 200 connections trickling partial requests do not hold up other clients', async () => {
    const sockets = [];
    for (let i = 0; i < 200; i++) {
      const socket = net.connect(emu.port, '127.0.0.1');
      socket.on('error', () => {});
      socket.write(`POST /applications/${demo.applicationId}/devices HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\nAuthorization: Bearer ${demo.token}\r\n`);
      sockets.push(socket);
    }
    const trickle = setInterval(() => sockets.forEach((s) => s.write('X-Slow: 1\r\n')), 50);
    try {
      const client = createClient({ url: emu.url, accessToken: demo.token, retries: 0 });
      for (let i = 0; i < 20; i++) await client.device.get({ applicationId: demo.applicationId, deviceId: demo.deviceId });
      await client.devices.post({ applicationId: demo.applicationId, device: { name: 'Not held up' } });
      // Served while all 200 slow requests are still open and trickling: they held nothing up
      // (how fast is the machine's business; the test's own timeout bounds it).
      expect(sockets.filter((s) => s.destroyed)).to.have.length(0);
    } finally {
      clearInterval(trickle);
      sockets.forEach((s) => s.destroy());
    }
  });
});
