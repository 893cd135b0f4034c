'use strict';
// The four usage actions against a seed with usage on fixed dates and a fixed
// clock: ranges (`start`/`end` and the 30-day default), day and hour buckets,
// asBytes and includeNonBillable. Every answer is checked against its schema.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { expectConforms, RESPONSE_SCHEMA } = require('../../helpers/emulator-schemas');
const { ORG, APP, usageSeed, T } = require('../../helpers/emulator-fixtures');

const NOW = T('2016-06-12T12:00:00.000Z');
const JUNE_10 = String(T('2016-06-10T00:00:00.000Z'));
const JUNE_11 = String(T('2016-06-11T00:00:00.000Z'));
const JUNE_12_END = String(T('2016-06-12T23:59:59.999Z'));

describe('emulator: usage counts', () => {
  let emu;
  let client;
  before(async () => {
    emu = await startEmulator({ seed: usageSeed(), now: () => NOW });
    client = createClient({ accessToken: 'usage-admin', url: emu.url });
  });
  after(() => emu.close());

  async function call(name, params) {
    const result = await client.org[name](Object.assign({ orgId: ORG }, params));
    expectConforms(RESPONSE_SCHEMA[name], result);
    return result;
  }

  it('deviceCounts: daily created/deleted and the running total, within start/end', async () => {
    const all = await call('deviceCounts', { start: JUNE_10, end: JUNE_12_END });
    expect(all.start).to.equal('2016-06-10T00:00:00.000Z');
    expect(all.end).to.equal('2016-06-12T23:59:59.999Z');
    expect(all.counts).to.deep.equal([
      { date: '2016-06-10T00:00:00.000Z', created: 3, deleted: 0, total: 7 },
      { date: '2016-06-11T00:00:00.000Z', created: 2, deleted: 1, total: 8 },
      { date: '2016-06-12T00:00:00.000Z', created: 1, deleted: 0, total: 9 },
    ]);
    const later = await call('deviceCounts', { start: JUNE_11, end: JUNE_12_END });
    expect(later.counts.map((c) => c.created)).to.deep.equal([2, 1]);
  });

  it('without start/end, covers the 30 days up to now', async () => {
    const result = await call('deviceCounts', {});
    expect(result.start).to.equal('2016-05-13T12:00:00.000Z');
    expect(result.end).to.equal('2016-06-12T12:00:00.000Z');
    expect(result.counts).to.have.length(31);
    expect(result.counts[0]).to.deep.equal({ date: '2016-05-13T00:00:00.000Z', created: 0, deleted: 0, total: 4 });
  });

  it('start=0 (the seed document\'s example) works: leading empty days are left out of a very long range', async () => {
    const result = await call('deviceCounts', { start: '0', end: '1465790400000' });
    expect(result.counts.map((c) => c.date)).to.deep.equal([
      '2016-06-10T00:00:00.000Z', '2016-06-11T00:00:00.000Z', '2016-06-12T00:00:00.000Z', '2016-06-13T00:00:00.000Z',
    ]);
  });

  it('notebookMinuteCounts: daily minutes and outcomes within start/end', async () => {
    const result = await call('notebookMinuteCounts', { start: JUNE_10, end: JUNE_12_END });
    expect(result.counts).to.deep.equal([
      { date: '2016-06-10T00:00:00.000Z', minutes: 5, completed: 1, canceled: 0, errored: 0, timeout: 0 },
      { date: '2016-06-11T00:00:00.000Z', minutes: 0, completed: 0, canceled: 0, errored: 0, timeout: 0 },
      { date: '2016-06-12T00:00:00.000Z', minutes: 7, completed: 2, canceled: 1, errored: 1, timeout: 1 },
    ]);
  });

  it('payloadCounts: totals by type and source within start/end', async () => {
    expect(await call('payloadCounts', { start: JUNE_10, end: JUNE_12_END })).to.deep.equal({
      deviceState: { [APP]: 170 }, mqttIn: { mqtt: 10 }, deviceConnect: { [APP]: 4 },
    });
    expect(await call('payloadCounts', { start: JUNE_11, end: JUNE_12_END })).to.deep.equal({
      deviceState: { [APP]: 20 }, deviceConnect: { [APP]: 4 },
    });
  });

  // API 1.30.0: each bucket is one `value` (payloads, or bytes with asBytes); the params are not echoed.
  it('payloadCountsBreakdown: day buckets of billable payloads by default', async () => {
    const result = await call('payloadCountsBreakdown', { start: JUNE_10, end: JUNE_12_END });
    expect(Object.keys(result).sort()).to.deep.equal(['counts', 'end', 'start']);
    expect(result.counts).to.deep.equal([
      { date: '2016-06-10T00:00:00.000Z', value: 160 },
      { date: '2016-06-11T00:00:00.000Z', value: 0 },
      { date: '2016-06-12T00:00:00.000Z', value: 20 },
    ]);
  });

  it('payloadCountsBreakdown: asBytes answers byte totals; includeNonBillable adds free payloads', async () => {
    const bytes = await call('payloadCountsBreakdown', { start: JUNE_10, end: JUNE_12_END, asBytes: true, includeNonBillable: 'true' });
    expect(bytes.counts.map((c) => c.value)).to.deep.equal([1600, 0, 200]);
    const payloads = await call('payloadCountsBreakdown', { start: JUNE_10, end: JUNE_12_END, includeNonBillable: 'true' });
    expect(payloads.counts.map((c) => c.value)).to.deep.equal([160, 4, 20]);
  });

  it('payloadCountsBreakdown: hour buckets with resolution 3600000', async () => {
    const result = await call('payloadCountsBreakdown', {
      start: String(T('2016-06-10T09:00:00.000Z')), end: String(T('2016-06-10T15:59:59.999Z')), resolution: 3600000,
    });
    expect(result.counts.map((c) => c.date.slice(11, 13))).to.deep.equal(['09', '10', '11', '12', '13', '14', '15']);
    expect(result.counts.map((c) => c.value)).to.deep.equal([150, 0, 0, 0, 0, 0, 10]);
  });
});
