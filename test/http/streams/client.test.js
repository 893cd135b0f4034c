'use strict';
// The three stream actions through the client, end to end over loopback: the request on
// the wire (path, query, token, Accept), resolving (or calling back) with an EventSource
// once open, named events, reconnection with Last-Event-ID after a drop, `retry:`,
// close() ending the connection at once, API errors on open, and no token sent to another
// origin on a redirect.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { createClient, isLosantError } = require('../../..');
const { baseline, untilIdle } = require('../../helpers/idle');
const { startSseServer } = require('../../helpers/sse-server');

const TABLE_DIR = path.join(__dirname, '..', '..', '..', 'lib', 'actions', 'table');
const APP = '575ec8687ae143cd83dc4a97';
const DEVICE = '575ecf887ae143cd83dc4aa2';
const TOKEN = 'stream-token-81d4';

const streams = [];
for (const file of fs.readdirSync(TABLE_DIR)) {
  const table = JSON.parse(fs.readFileSync(path.join(TABLE_DIR, file), 'utf8'));
  for (const name of Object.keys(table.actions)) {
    const action = table.actions[name];
    if (action.transport === 'eventStream') streams.push({ resource: table.name, name, action });
  }
}

function paramsFor(action) {
  const params = {};
  for (const p of action.params) {
    if (p.name === 'applicationId') params[p.name] = APP;
    else if (p.name === 'deviceId') params[p.name] = DEVICE;
    else if (p.name === 'keepAliveInterval') params[p.name] = 30;
    else if (p.name === 'topic') params[p.name] = 'greenhouse/#';
  }
  return params;
}

function open(method, params, style) {
  if (style === 'promise') return method(params);
  return new Promise((resolve, reject) => method(params, (err, es) => (err ? reject(err) : resolve(es))));
}

/** The next event of this type the source delivers. */
function next(es, type) {
  return new Promise((resolve) => {
    const listener = (event) => {
      es.removeEventListener(type, listener);
      resolve(event);
    };
    es.addEventListener(type, listener);
  });
}

describe('stream actions through the client', function () {
  let server;
  let client;
  beforeEach(async () => {
    server = await startSseServer();
    client = createClient({ url: server.url, accessToken: TOKEN });
  });
  afterEach(() => server.close());

  it('are the three of the description', () => {
    expect(streams.map((s) => `${s.resource}.${s.name}`).sort()).to.deep.equal(
      ['application.mqttSubscriptionStream', 'device.commandStream', 'device.stateStream']);
  });

  for (const { resource, name, action } of streams) {
    for (const style of ['promise', 'callback']) {
      it(`${resource}.${name} (${style}): opens, delivers ${action.events[0].event} events, closes at once`, async () => {
        const event = action.events[0].event;
        const opening = open(client[resource][name], paramsFor(action), style);
        const conn = await server.accept();
        expect(conn.url.split('?')[0]).to.equal(action.path.replace('{applicationId}', APP).replace('{deviceId}', DEVICE));
        expect(conn.url).to.include('keepAliveInterval=30');
        expect(conn.headers.authorization).to.equal(`Bearer ${TOKEN}`);
        expect(conn.headers.accept).to.equal('text/event-stream');
        conn.open();
        const es = await opening;
        expect(es.readyState).to.equal(es.OPEN);
        expect(es.url).to.equal(`${server.url}${conn.url}`);
        const got = next(es, event);
        conn.comment('keep-alive').event({ event, id: '7', data: JSON.stringify({ data: { temperature: 21 } }) });
        const received = await got;
        expect(JSON.parse(received.data)).to.deep.equal({ data: { temperature: 21 } });
        expect(received.lastEventId).to.equal('7');
        es.close();
        await conn.closed;
        expect(es.readyState).to.equal(es.CLOSED);
      });
    }
  }

  it('reconnects after a dropped connection, with Last-Event-ID and the server\'s retry: time', async () => {
    const opening = client.device.stateStream({ applicationId: APP, deviceId: DEVICE });
    const first = (await server.accept()).open();
    const es = await opening;
    const errors = [];
    es.onerror = (e) => errors.push(e);
    const seen = next(es, 'deviceState');
    first.event({ retry: 50, id: 'a1', event: 'deviceState', data: '{}' });
    await seen;
    const dropped = Date.now();
    first.drop();
    const again = await server.accept(10000);
    // The server's retry: 50 replaced the default reconnection time of 1000 ms.
    expect(Date.now() - dropped).to.be.below(900);
    expect(again.lastEventId()).to.equal('a1');
    expect(again.headers.authorization).to.equal(`Bearer ${TOKEN}`);
    again.open();
    const got = next(es, 'deviceState');
    again.event({ event: 'deviceState', id: 'a2', data: '{"data":{"n":2}}' });
    expect(JSON.parse((await got).data)).to.deep.equal({ data: { n: 2 } });
    expect(errors.length).to.be.at.least(1);
    es.close();
    await again.closed;
  });

  it('fails the open with the API\'s error, in both styles', async () => {
    for (const style of ['promise', 'callback']) {
      const opening = open(client.device.commandStream, { applicationId: APP, deviceId: DEVICE }, style).then(() => null, (e) => e);
      (await server.accept()).reply(404, { type: 'NotFound', message: 'Device was not found' });
      const err = await opening;
      expect(isLosantError(err), style).to.equal(true);
      expect([err.statusCode, err.type, err.message]).to.deep.equal([404, 'NotFound', 'Device was not found']);
    }
  });

  it('reconnects when the connection drops before the first event was read', async () => {
    const opening = client.device.stateStream({ applicationId: APP, deviceId: DEVICE }, { timeout: 2000 });
    (await server.accept()).open().drop();
    const es = await opening;
    const failed = next(es, 'error');
    await failed;
    expect(es.readyState).to.equal(es.CONNECTING);
    const again = await server.accept(10000);
    again.open();
    es.close();
    await again.closed;
  });

  it('fails the stream for good when one event is larger than maxResponseBytes (a hostile server)', async () => {
    const opening = client.device.stateStream({ applicationId: APP, deviceId: DEVICE }, { maxResponseBytes: 1000 });
    const conn = (await server.accept()).open();
    const es = await opening;
    const failed = next(es, 'error');
    conn.write(`data: ${'x'.repeat(600)}\ndata: ${'y'.repeat(600)}\n`);
    const event = await failed;
    expect([event.error.type, event.error.code]).to.deep.equal(['ResponseTooLarge', 'ERR_RESPONSE_TOO_LARGE']);
    expect(es.readyState).to.equal(es.CLOSED);
    await conn.closed;
    // A line that never ends is bounded too.
    const second = client.device.stateStream({ applicationId: APP, deviceId: DEVICE }, { maxResponseBytes: 1000 });
    const conn2 = (await server.accept()).open();
    const es2 = await second;
    const failed2 = next(es2, 'error');
    for (let i = 0; i < 5; i++) conn2.write('z'.repeat(300));
    expect((await failed2).error.code).to.equal('ERR_RESPONSE_TOO_LARGE');
    await conn2.closed;
  });

  it('reconnects without Last-Event-ID when the server\'s id cannot be a header value', async () => {
    const opening = client.device.stateStream({ applicationId: APP, deviceId: DEVICE });
    const first = (await server.accept()).open();
    const es = await opening;
    const seen = next(es, 'deviceState');
    first.event({ retry: 20, id: 'a\u0001b', event: 'deviceState', data: '{}' });
    expect((await seen).lastEventId).to.equal('a\u0001b');
    first.end();
    const again = await server.accept(10000);
    expect(again.headers['last-event-id']).to.equal(undefined);
    again.open();
    es.close();
    await again.closed;
  });

  it('validates before connecting: nothing is sent for bad params', async () => {
    const before = await baseline();
    const err = await client.device.stateStream({ applicationId: APP }).then(() => null, (e) => e);
    expect(err.type).to.equal('Validation');
    expect(err.field).to.equal('deviceId');
    // A request on its way would hold a socket open.
    await untilIdle(before);
    expect(server.requests).to.have.length(0);
  });

  it('never sends the token to another origin on a redirect', async () => {
    const other = await startSseServer();
    try {
      const opening = client.device.stateStream({ applicationId: APP, deviceId: DEVICE });
      (await server.accept()).reply(307, '', { Location: `${other.url}/elsewhere` });
      const conn = await other.accept();
      expect(conn.headers.authorization).to.equal(undefined);
      conn.open();
      const es = await opening;
      es.close();
      await conn.closed;
    } finally {
      await other.close();
    }
  });
});
