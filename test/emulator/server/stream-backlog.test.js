'use strict';
// Review finding 4: the streams ignored backpressure. A subscriber that stopped reading
// while 2000 MQTT messages of 32 KB were published made the emulator keep all of them
// (the process grew by ~150 MB). A subscriber that falls more than a bounded amount
// behind is now closed (it reconnects with Last-Event-ID when it is alive), while one
// that reads keeps getting every event.
const net = require('net');
const { expect } = require('chai');
const { until } = require('../../helpers/until');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { retainedBytes } = require('../../helpers/heap');

const MESSAGES = 2000;
const MESSAGE = 'x'.repeat(32000);
const MB = 1024 * 1024;

/** A stream subscriber on a raw socket that reads its answer's head, then stops reading. */
function stalledSubscriber(emu, path) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(emu.port, '127.0.0.1', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${emu.demo.token}\r\nAccept: text/event-stream\r\n\r\n`);
    });
    socket.on('error', reject);
    socket.once('data', (head) => {
      expect(head.toString('latin1')).to.match(/^HTTP\/1\.1 200 /);
      socket.pause();
      resolve(socket);
    });
  });
}

/** Resumes reading and resolves true when the server ends the connection within `ms`, false otherwise. */
function closedWithin(socket, ms) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
    socket.resume();
  });
}

describe('emulator: a stream subscriber that stops reading is closed, not buffered for (review finding 4)', () => {
  let emu;
  let stalled;
  afterEach(async () => {
    // A failed test must not leave a stalled socket behind (close() would wait for it before the fix).
    if (stalled) stalled.destroy();
    stalled = undefined;
    if (emu) await emu.close();
  });

  it(`keeps memory bounded over ${MESSAGES} messages of 32 KB, closes the stalled subscriber, and a reading one gets them all`, async function () {
    this.timeout(60000);
    emu = await startEmulator();
    const { applicationId } = emu.demo;
    const client = createClient({ url: emu.url, accessToken: emu.demo.token });
    const path = `/applications/${applicationId}/mqttSubscriptionStream?topic=t`;

    const fast = await client.application.mqttSubscriptionStream({ applicationId, topic: 't' });
    const received = [];
    fast.addEventListener('mqttMessage', (event) => received.push(Number(event.lastEventId)));
    stalled = await stalledSubscriber(emu, path);

    const before = retainedBytes();
    for (let i = 0; i < MESSAGES; i++) await client.application.mqttPublishMessage({ applicationId, payload: { topic: 't', message: MESSAGE } });
    await until(() => received.length >= MESSAGES);
    const grown = retainedBytes() - before;

    // 64 MB were published to the stalled subscriber (62 MB stayed before the fix): at most
    // its backlog limit (8 MiB) and the replay buffer (within 4 MiB) may stay.
    expect(grown / MB, 'MB still held after publishing').to.be.below(16);
    expect(await closedWithin(stalled, 5000), 'the stalled subscriber was closed').to.equal(true);
    expect(received.length).to.equal(MESSAGES);
    expect(received.every((id, i) => i === 0 || id === received[i - 1] + 1), 'no event missed or repeated').to.equal(true);
    expect(fast.readyState).to.equal(fast.OPEN);
    fast.close();
  });

  it('a subscriber that reads is not closed by the largest burst one request can send it', async () => {
    emu = await startEmulator();
    const { applicationId, deviceId } = emu.demo;
    const client = createClient({ url: emu.url, accessToken: emu.demo.token });
    const stream = await client.device.stateStream({ applicationId, deviceId });
    let received = 0;
    let errors = 0;
    stream.addEventListener('deviceState', () => { received += 1; });
    stream.addEventListener('error', () => { errors += 1; });
    // Just under the 1 MiB body limit: about 5 MB of events, written at once.
    const states = [];
    for (let i = 0; i < 50000; i++) states.push({ data: { t: i } });
    await client.device.sendState({ applicationId, deviceId, deviceState: states });
    // Until all have come (the test's own timeout bounds the wait, not a clock of its own).
    await until(() => received >= states.length);
    expect(received).to.equal(states.length);
    expect(errors, 'the stream was never cut').to.equal(0);
    stream.close();
  });

  it('close() ends a stream whose subscriber stopped reading instead of waiting for it forever', async () => {
    emu = await startEmulator();
    const { applicationId } = emu.demo;
    const client = createClient({ url: emu.url, accessToken: emu.demo.token });
    stalled = await stalledSubscriber(emu, `/applications/${applicationId}/mqttSubscriptionStream?topic=t`);
    // Some MB, under the backlog limit: the subscriber stays open, its last chunk cannot be sent.
    for (let i = 0; i < 150; i++) await client.application.mqttPublishMessage({ applicationId, payload: { topic: 't', message: MESSAGE } });
    const closing = emu.close().then(() => 'closed');
    const outcome = await Promise.race([closing, new Promise((resolve) => setTimeout(resolve, 5000, 'still waiting'))]);
    expect(outcome).to.equal('closed');
    expect(await closedWithin(stalled, 5000), 'the stalled subscriber was closed').to.equal(true);
    emu = undefined;
  });

  it('a subscriber that reconnects with Last-Event-ID gets what it missed from the replay buffer', async () => {
    emu = await startEmulator();
    const { applicationId } = emu.demo;
    const client = createClient({ url: emu.url, accessToken: emu.demo.token });
    const first = await client.application.mqttPublishMessage({ applicationId, payload: { topic: 't', message: 'before' } });
    expect(first.success).to.equal(true);
    const stream = await client.application.mqttSubscriptionStream({ applicationId, topic: 't' });
    const seen = [];
    const third = new Promise((resolve) => stream.addEventListener('mqttMessage', (event) => {
      seen.push(JSON.parse(event.data).message);
      if (seen.length === 3) resolve();
    }));
    for (const message of ['one', 'two', 'three']) await client.application.mqttPublishMessage({ applicationId, payload: { topic: 't', message } });
    await third;
    stream.close();
    // A raw reconnect after the first of the three: the replay holds the other two, in order.
    const socket = net.connect(emu.port, '127.0.0.1');
    const text = await new Promise((resolve, reject) => {
      let got = '';
      socket.on('error', reject);
      socket.on('data', (chunk) => {
        got += chunk.toString('utf8');
        if (/"three"/.test(got)) resolve(got);
      });
      socket.write(`GET /applications/${applicationId}/mqttSubscriptionStream?topic=t HTTP/1.1\r\nHost: 127.0.0.1\r\n`
        + `Authorization: Bearer ${emu.demo.token}\r\nAccept: text/event-stream\r\nLast-Event-ID: 2\r\n\r\n`);
    });
    socket.destroy();
    expect(text.match(/"message":"\w+"/g)).to.deep.equal(['"message":"two"', '"message":"three"']);
  });
});
