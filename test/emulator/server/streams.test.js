'use strict';
// Issue 12: the three Server-Sent Events streams over raw HTTP (the client's EventSource
// wiring is another engineer's work): what feeds each, keep-alive comments at the
// requested keepAliveInterval, Last-Event-ID, errors before the stream starts, and a clean
// end of every open stream when the emulator closes.
const http = require('http');
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { checkSchema, schemas } = require('../../../dist/internal.js');

/** Opens a stream; `events` fills as frames arrive (comments counted apart); `ended` resolves when the server ends it. */
function openStream(url, path, token, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(`${url}${path}`, { agent: false, headers: Object.assign({ authorization: `Bearer ${token}` }, headers) }, (res) => {
      const stream = { res, status: res.statusCode, headers: res.headers, events: [], comments: [], text: '' };
      let buffer = '';
      stream.ended = new Promise((done) => {
        res.on('end', () => done('end'));
        res.on('aborted', () => done('aborted'));
        res.on('error', () => done('error'));
      });
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        stream.text += chunk;
        buffer += chunk;
        let at;
        while ((at = buffer.indexOf('\n\n')) !== -1) {
          const frame = buffer.slice(0, at);
          buffer = buffer.slice(at + 2);
          if (frame.charAt(0) === ':') stream.comments.push({ text: frame, at: Date.now() });
          else {
            const fields = {};
            for (const line of frame.split('\n')) fields[line.slice(0, line.indexOf(':'))] = line.slice(line.indexOf(':') + 2);
            stream.events.push({ id: fields.id, event: fields.event, data: JSON.parse(fields.data) });
          }
        }
      });
      resolve(stream);
    });
    req.on('error', reject);
  });
}

// Checked until it holds; the test's own timeout bounds the wait (no wall-clock limit of its own).
const { until } = require('../../helpers/until');

describe('emulator: Server-Sent Events streams (issue 12)', () => {
  let emu;
  let demo;
  let client;
  const open = [];
  beforeEach(async () => {
    emu = await startEmulator();
    demo = emu.demo;
    client = createClient({ url: emu.url, accessToken: demo.token, retries: 0 });
  });
  afterEach(async () => {
    open.splice(0).forEach((s) => s.res.destroy());
    await emu.close();
  });
  const stream = async (path, headers) => {
    const s = await openStream(emu.url, path, demo.token, headers);
    open.push(s);
    return s;
  };
  const devicePath = (what, query = '') => `/applications/${demo.applicationId}/devices/${demo.deviceId}/${what}${query}`;

  it('device.stateStream delivers each state device.sendState stores, as deviceState events valid against the schema', async () => {
    const s = await stream(devicePath('stateStream'));
    expect(s.status).to.equal(200);
    expect(s.headers['content-type']).to.match(/^text\/event-stream/);
    await client.device.sendState({ applicationId: demo.applicationId, deviceId: demo.deviceId, deviceState: { data: { temperature: 31 } } });
    await client.device.sendState({ applicationId: demo.applicationId, deviceId: demo.deviceId, deviceState: [{ data: { humidity: 40 } }, { data: { humidity: 41 } }] });
    // Another device's state does not reach this stream.
    await client.device.sendState({ applicationId: demo.applicationId, deviceId: '575ecf887ae143cd83dc4aa3', deviceState: { data: { temperature: 1 } } });
    // A last state of this device: the other device's, had it leaked, would have come before it.
    await client.device.sendState({ applicationId: demo.applicationId, deviceId: demo.deviceId, deviceState: { data: { last: true } } });
    await until(() => s.events.length >= 4);
    expect(s.events.map((e) => [e.event, e.data.data])).to.deep.equal([
      ['deviceState', { temperature: 31 }], ['deviceState', { humidity: 40 }], ['deviceState', { humidity: 41 }], ['deviceState', { last: true }],
    ]);
    for (const e of s.events) expect(checkSchema(schemas.deviceState, e.data)).to.equal(undefined);
    expect(Number(s.events[1].id)).to.be.above(Number(s.events[0].id));
  });

  it('device.commandStream delivers device.sendCommand and devices.sendCommand as deviceCommand events', async () => {
    const s = await stream(devicePath('commandStream'));
    await client.device.sendCommand({ applicationId: demo.applicationId, deviceId: demo.deviceId, deviceCommand: { name: 'water', payload: [1, 2] } });
    await client.devices.sendCommand({ applicationId: demo.applicationId, multiDeviceCommand: { name: 'reboot', deviceIds: [demo.deviceId] } });
    await until(() => s.events.length >= 2);
    expect(s.events.map((e) => [e.event, e.data.name])).to.deep.equal([['deviceCommand', 'water'], ['deviceCommand', 'reboot']]);
    expect(s.events[0].data.payload).to.deep.equal([1, 2]);
    for (const e of s.events) expect(checkSchema(schemas.deviceCommand, e.data)).to.equal(undefined);
  });

  it('application.mqttSubscriptionStream delivers published messages whose topic matches its filter', async () => {
    const all = await stream(`/applications/${demo.applicationId}/mqttSubscriptionStream?topic=${encodeURIComponent('#')}`);
    const zones = await stream(`/applications/${demo.applicationId}/mqttSubscriptionStream?topic=${encodeURIComponent('greenhouse/+/temp')}`);
    const deep = await stream(`/applications/${demo.applicationId}/mqttSubscriptionStream?topic=${encodeURIComponent('greenhouse/#')}`);
    for (const topic of ['greenhouse/north/temp', 'greenhouse/north/humidity', 'fleet/truck7']) {
      await client.application.mqttPublishMessage({ applicationId: demo.applicationId, payload: { topic, message: `on ${topic}` } });
    }
    // A last message every filter matches: one that leaked would have come before it.
    await client.application.mqttPublishMessage({ applicationId: demo.applicationId, payload: { topic: 'greenhouse/last/temp', message: 'last' } });
    const last = (stream) => stream.events.some((e) => e.data.message === 'last');
    await until(() => last(all) && last(zones) && last(deep));
    expect(all.events.map((e) => e.data.topic)).to.deep.equal(['greenhouse/north/temp', 'greenhouse/north/humidity', 'fleet/truck7', 'greenhouse/last/temp']);
    expect(zones.events.map((e) => e.data)).to.deep.equal([
      { topic: 'greenhouse/north/temp', message: 'on greenhouse/north/temp' }, { topic: 'greenhouse/last/temp', message: 'last' },
    ]);
    expect(deep.events.map((e) => e.data.topic)).to.deep.equal(['greenhouse/north/temp', 'greenhouse/north/humidity', 'greenhouse/last/temp']);
    expect(all.events.every((e) => e.event === 'mqttMessage' && !checkSchema(schemas.mqttPublishBody, e.data))).to.equal(true);
  });

  it('a message on losant/<deviceId>/state is that device\'s state too', async () => {
    const s = await stream(devicePath('stateStream'));
    const message = JSON.stringify({ data: { temperature: 12 } });
    await client.application.mqttPublishMessage({ applicationId: demo.applicationId, payload: { topic: `losant/${demo.deviceId}/state`, message } });
    await until(() => s.events.length >= 1);
    expect(s.events[0].data.data).to.deep.equal({ temperature: 12 });
    const [latest] = await client.device.getState({ applicationId: demo.applicationId, deviceId: demo.deviceId });
    expect(latest.data).to.deep.equal({ temperature: 12 });
  });

  it('sends a keep-alive comment every keepAliveInterval seconds', async () => {
    const s = await stream(devicePath('stateStream', '?keepAliveInterval=0.1'));
    const keepalives = () => s.comments.filter((c) => c.text === ':keepalive');
    await until(() => keepalives().length >= 4);
    // Time is the behaviour: one every 100 ms, so never closer than that (less a timer's slack); later only by the load.
    const at = keepalives().map((c) => c.at);
    for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1], `gap ${i}`).to.be.at.least(90);
    const slow = await stream(devicePath('commandStream', '?keepAliveInterval=5'));
    // Time is the behaviour: within 300 ms, a 5 s interval sends no keep-alive.
    await new Promise((r) => setTimeout(r, 300));
    expect(slow.comments.map((c) => c.text)).to.deep.equal([':connected']);
  });

  it('replays what a client missed when it reconnects with Last-Event-ID', async () => {
    const first = await stream(devicePath('stateStream'));
    for (const t of [1, 2, 3]) await client.device.sendState({ applicationId: demo.applicationId, deviceId: demo.deviceId, deviceState: { data: { t } } });
    await until(() => first.events.length >= 3);
    first.res.destroy();
    const again = await stream(devicePath('stateStream'), { 'last-event-id': first.events[0].id });
    await until(() => again.events.length >= 2);
    expect(again.events.map((e) => e.data.data.t)).to.deep.equal([2, 3]);
  });

  it('refuses before streaming: no token 401, unknown device 404, a bad keepAliveInterval 400', async () => {
    const anonymous = await openStream(emu.url, devicePath('stateStream'), '');
    expect(anonymous.status).to.equal(401);
    await anonymous.ended;
    const unknown = await stream(`/applications/${demo.applicationId}/devices/575ecf887ae143cd83dc4a00/stateStream`);
    expect(unknown.status).to.equal(404);
    const bad = await stream(devicePath('stateStream', '?keepAliveInterval=0'));
    expect(bad.status).to.equal(400);
    expect(JSON.parse(bad.text || '{}').type).to.equal('Validation');
  });

  it('emulator.close() ends every open stream cleanly, and resolves', async () => {
    const streams = [await stream(devicePath('stateStream')), await stream(devicePath('commandStream')), await stream(`/applications/${demo.applicationId}/mqttSubscriptionStream?topic=${encodeURIComponent('#')}`)];
    // close() resolves (the test's own timeout bounds it), each stream ended cleanly.
    await emu.close();
    expect(await Promise.all(streams.map((s) => s.ended))).to.deep.equal(['end', 'end', 'end']);
  });
});
