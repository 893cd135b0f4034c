'use strict';
// Issue 22, defects 7 and 8: data table columns named `id`, `createdAt` or `updatedAt`
// overwrote the server's fields (an insert replaced an existing row, one bad `createdAt`
// emptied every rows answer, duplicate ids answered `count 2` and stored 1); and row inserts
// were quadratic and blocked everyone (40,000 rows in one request took 63 s, during which
// no other client was answered; `sendState` with 25,000 states took 2.7 s).
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { rawRequest } = require('../../helpers/emulator-http');
const { withLoopDelay } = require('../../helpers/event-loop-delay');

/**
 * The longest stall one request may cause here, on a loaded machine: the old insert of 40,000
 * rows stalled for a minute, the old sendState of 25,000 states for 2.7 s; each takes about a
 * tenth of a second now, most of it the validation of the body.
 */
const STALL_BUDGET_MS = 1000;

describe('emulator: data table rows keep the server\'s fields, and inserts are bounded (issue 22)', function () {
  this.timeout(60000);
  let emu;
  let admin;
  let applicationId;
  const column = (name, extra) => Object.assign({ name, dataType: 'string', constraint: 'optional' }, extra);

  before(async () => { emu = await startEmulator(); });
  after(() => emu.close());
  beforeEach(() => {
    emu.reset();
    admin = createClient({ url: emu.url, accessToken: emu.demo.token });
    applicationId = emu.demo.applicationId;
  });

  async function newTable(columns) {
    return admin.dataTables.post({ applicationId, dataTable: { name: `Table ${Date.now()}`, columns } });
  }

  for (const reserved of ['id', 'createdAt', 'updatedAt']) {
    it(`refuses a column named ${reserved}, at create and when added (defect 7)`, async () => {
      const before = JSON.stringify(emu.snapshot());
      const created = await newTable([column('zone'), column(reserved)]).catch((e) => e);
      expect(created.statusCode).to.equal(400);
      expect(created.message).to.match(new RegExp(`${reserved}.*set by the server`));
      const { dataTableId } = emu.demo;
      const added = await admin.dataTable.addColumn({ applicationId, dataTableId, dataTableColumn: column(reserved) }).catch((e) => e);
      expect(added.statusCode).to.equal(400);
      expect(JSON.stringify(emu.snapshot())).to.equal(before);
    });
  }

  it('keeps the server\'s fields of a seeded table whose columns bear their names (defect 7)', async () => {
    const seed = emu.snapshot();
    seed.resources.dataTables[0].columns.push({ name: 'id', dataType: 'string', constraint: 'optional' }, { name: 'createdAt', dataType: 'string', constraint: 'optional' });
    const seeded = await startEmulator({ seed });
    try {
      const client = createClient({ url: seeded.url, accessToken: emu.demo.token });
      const path = { applicationId, dataTableId: emu.demo.dataTableId };
      const before = await client.dataTableRows.get(path);
      const taken = before.items[0].id;
      for (const dataTableRow of [[{ zone: 'a', id: taken }, { zone: 'b', id: taken }], { zone: 'c', createdAt: 'not a date' }]) {
        const err = await client.dataTableRows.post({ ...path, dataTableRow }).catch((e) => e);
        expect(err.statusCode, JSON.stringify(dataTableRow)).to.equal(400);
        expect(err.message).to.match(/is set by the server/);
      }
      const after = await client.dataTableRows.get(path);
      expect(after).to.deep.equal(before);
      // Rows added without those fields get their own ids, each.
      const inserted = await client.dataTableRows.post({ ...path, dataTableRow: [{ zone: 'a' }, { zone: 'a' }] });
      expect(inserted.count).to.equal(2);
      expect((await client.dataTableRows.get(path)).items.map((r) => r.id)).to.include.members(inserted.rowIds);
    } finally {
      await seeded.close();
    }
  });

  it('refuses more than 1,000 rows in one insert at once, storing none, and serves another client meanwhile (defect 8)', async () => {
    const table = await newTable([column('n', { dataType: 'number', constraint: 'unique' })]);
    const rows = Array.from({ length: 40000 }, (_, n) => ({ n }));
    const other = createClient({ url: emu.url, accessToken: emu.demo.memberToken });
    const { value, maxDelayMs } = await withLoopDelay(() => Promise.all([
      rawRequest(emu.url, { method: 'POST', path: `/applications/${applicationId}/data-tables/${table.id}/rows`, token: emu.demo.token, body: rows }),
      other.org.get({ orgId: emu.demo.orgId }),
    ]));
    const [answer, org] = value;
    expect(answer.status).to.equal(400);
    expect(answer.json.message).to.match(/at most 1000 rows/);
    expect(org.id).to.equal(emu.demo.orgId);
    expect(maxDelayMs, 'the longest event-loop stall, in ms').to.be.below(STALL_BUDGET_MS);
    expect((await admin.dataTableRows.get({ applicationId, dataTableId: table.id })).totalCount).to.equal(0);
  });

  it('inserts 1,000 rows with a unique column into a table of 20,000 in linear time (defect 8)', async () => {
    const table = await newTable([column('n', { dataType: 'number', constraint: 'unique' })]);
    const path = { applicationId, dataTableId: table.id };
    const batch = (from) => Array.from({ length: 1000 }, (_, i) => ({ n: from + i }));
    for (let k = 0; k < 20; k++) await admin.dataTableRows.post({ ...path, dataTableRow: batch(k * 1000) });
    const { value, maxDelayMs } = await withLoopDelay(() => admin.dataTableRows.post({ ...path, dataTableRow: batch(20000) }));
    expect(value.count).to.equal(1000);
    expect(maxDelayMs, 'the longest event-loop stall, in ms').to.be.below(STALL_BUDGET_MS);
    const duplicate = await admin.dataTableRows.post({ ...path, dataTableRow: [{ n: 1 }] }).catch((e) => e);
    expect(duplicate.statusCode).to.equal(400);
    expect(duplicate.message).to.match(/must be unique/);
    expect((await admin.dataTableRows.get({ ...path, limit: 1 })).totalCount).to.equal(21000);
  });

  it('stores 25,000 states of one sendState in linear time, into a full history too, keeping the newest 10,000 in order (defect 8)', async () => {
    const { id: deviceId } = await admin.devices.post({ applicationId, device: { name: 'Backfilled', deviceClass: 'standalone', attributes: [] } });
    const start = Date.parse('2026-01-01T00:00:00.000Z');
    // Out of order on purpose: each pair comes newest first.
    const states = Array.from({ length: 25000 }, (_, i) => ({ time: start + (i % 2 ? i - 1 : i + 1) * 1000, data: { i } }));
    const path = `/applications/${applicationId}/devices/${deviceId}/state`;
    const send = (body) => withLoopDelay(() => rawRequest(emu.url, { method: 'POST', path, token: emu.demo.token, body }));
    // The second time, the device already holds 10,000 states: each new one used to shift them all.
    for (const body of [states.map((st) => ({ time: st.time - 1e9, data: st.data })), states]) {
      const { value, maxDelayMs } = await send(body);
      expect(value.status).to.equal(200);
      expect(maxDelayMs, 'the longest event-loop stall, in ms').to.be.below(STALL_BUDGET_MS);
    }
    const oldest = await admin.device.getState({ applicationId, deviceId, limit: 10000, sortDirection: 'asc' });
    expect(oldest.length).to.equal(10000);
    expect(oldest[0].time).to.equal(new Date(start + 15000 * 1000).toISOString());
    expect(oldest[9999].time).to.equal(new Date(start + 24999 * 1000).toISOString());
    for (let i = 1; i < oldest.length; i++) expect(Date.parse(oldest[i].time)).to.be.above(Date.parse(oldest[i - 1].time));
  });
});
