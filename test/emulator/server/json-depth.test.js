'use strict';
// Issue 22, defect 9: deep JSON broke the emulator for good. An event whose `data` nested
// 20,000 arrays was answered 500 but stored, and from then on `events.get` answered 500 for
// everyone; a deep flow storage value likewise; `rows.query` with `$and` 1,000 deep answered
// 500; `snapshot()` threw. JSON nested more than 100 levels (MongoDB's limit for the
// platform's documents) is refused with a 400 as it is read, before validation, and nothing
// is stored. Raw HTTP: the client's own validator is not what is tested here.
const { expect } = require('chai');
const { startEmulator } = require('../../../dist/emulator.js');
const { rawRequest } = require('../../helpers/emulator-http');

const MAX_DEPTH = 100;

/** JSON text of `inner` wrapped in `levels` arrays. */
const nestedArrays = (levels, inner = '1') => `${'['.repeat(levels)}${inner}${']'.repeat(levels)}`;
/** An advanced query of `levels` nested `$and`s (two JSON levels each). */
const nestedAnd = (levels) => `${'{"$and":['.repeat(levels)}{"zone":"north"}${']}'.repeat(levels)}`;

describe('emulator: JSON nested too deeply is refused as it is read (issue 22, defect 9)', () => {
  let emu;
  let ids;
  let app;
  const send = (method, path, body) => rawRequest(emu.url, { method, path, token: ids.token, body });

  before(async () => {
    emu = await startEmulator();
    ids = emu.demo;
    app = `/applications/${ids.applicationId}`;
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  /** Expects a 400 naming the depth, and no change to the state; the lists still answer. */
  async function refused(answer, before) {
    expect(answer.status).to.equal(400);
    expect(answer.json.type).to.equal('Validation');
    expect(answer.json.message).to.match(/nested more than 100 levels/);
    expect(JSON.stringify(emu.snapshot())).to.equal(before);
    expect((await send('GET', `${app}/events`)).status).to.equal(200);
  }

  it('an event whose data nests 20,000 arrays: 400, nothing stored, and every list still answers', async () => {
    const before = JSON.stringify(emu.snapshot());
    await refused(await send('POST', `${app}/events`, `{"subject":"deep","level":"info","data":{"x":${nestedArrays(20000)}}}`), before);
  });

  it('a deep flow storage value: 400, nothing stored', async () => {
    const before = JSON.stringify(emu.snapshot());
    await refused(await send('PATCH', `${app}/flows/${ids.flowId}/storage`, `{"key":"deep","value":${nestedArrays(5000)}}`), before);
  });

  it('a rows query with $and 1,000 deep in the body, or a devices query 60 deep in the query string: 400', async () => {
    const rows = `${app}/data-tables/${ids.dataTableId}/rows`;
    const before = JSON.stringify(emu.snapshot());
    await refused(await send('POST', `${rows}/query`, nestedAnd(1000)), before);
    // (A query string is held to Node's 16 KB of headers: 60 levels are 120 of JSON.)
    await refused(await send('GET', `${app}/devices?query=${encodeURIComponent(nestedAnd(60))}`), before);
  });

  it(`takes a body nested exactly ${MAX_DEPTH} levels, and refuses ${MAX_DEPTH + 1}`, async () => {
    // The body object is the first level, `data` the second.
    const event = (levels) => `{"subject":"nested","level":"info","data":{"x":${nestedArrays(levels - 2)}}}`;
    const taken = await send('POST', `${app}/events`, event(MAX_DEPTH));
    expect(taken.status, taken.text).to.equal(201);
    const before = JSON.stringify(emu.snapshot());
    await refused(await send('POST', `${app}/events`, event(MAX_DEPTH + 1)), before);
    // Brackets inside strings are text, not nesting.
    const text = await send('POST', `${app}/events`, `{"subject":"${'['.repeat(200)}","level":"info","data":{"s":"\\"${'{'.repeat(500)}"}}`);
    expect(text.status, text.text).to.equal(201);
    expect(emu.snapshot().resources.events.length).to.be.above(1);
  });
});
