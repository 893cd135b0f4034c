'use strict';
// Issue 25: every paged action read whole, against the emulator through the real wire, in
// the three forms (promise, callback, page iterator): an empty list, exactly one full page,
// a short last page, the caller's own start, each paging shape (page + perPage, offset +
// limit, startingAfterId + limit), and the caller's bounds on items and pages.
const { expect } = require('chai');
const { inBothStyles } = require('../helpers/settle');
const { startWorld, useWorld, appWithDevices, range, names, devicesPath, seedWithSandboxes } = require('./helpers/world');


/** Every page the iterator gives, read with `for await`. */
async function pagesOf(iterator) {
  const pages = [];
  for await (const page of iterator) pages.push(page);
  return pages;
}

describe('pagination: reading every page of a list (issue 25)', function () {
  this.timeout(60000);
  const world = useWorld();

  it('reads an empty list with one request: [] in both styles, one empty page from the iterator', async () => {
    const { applicationId } = await appWithDevices(world.admin, 0);
    const { client } = world;
    for (const outcome of await inBothStyles((cb) => client.paginate(client.devices.get, { applicationId }, cb))) {
      expect(outcome.calls, outcome.style).to.equal(1);
      expect(outcome.err, outcome.style).to.equal(null);
      expect(outcome.result, outcome.style).to.deep.equal([]);
    }
    const pages = await pagesOf(client.paginate.iterator(client.devices.get, { applicationId }));
    expect(pages.map((p) => [p.items.length, p.totalCount])).to.deep.equal([[0, 0]]);
    expect(world.requestsTo(devicesPath(applicationId))).to.have.length(3);
  });

  it('reads exactly one full page with one request (totalCount says there is no more)', async () => {
    const { applicationId } = await appWithDevices(world.admin, 5);
    const { client } = world;
    const items = await client.paginate(client.devices.get, { applicationId, perPage: 5 });
    expect(names(items)).to.deep.equal(range(0, 5));
    expect(world.requestsTo(devicesPath(applicationId))).to.have.length(1);
  });

  it('reads a short last page, and items equal to those the action answers page by page', async () => {
    const { applicationId } = await appWithDevices(world.admin, 12);
    const { client } = world;
    const items = await client.paginate(client.devices.get, { applicationId, perPage: 5 });
    const byHand = [];
    for (const page of [0, 1, 2]) byHand.push(...(await client.devices.get({ applicationId, perPage: 5, page })).items);
    expect(names(items)).to.deep.equal(range(0, 12));
    expect(items).to.deep.equal(byHand);
    const requests = world.requestsTo(devicesPath(applicationId));
    expect(requests).to.have.length(6);
    expect(requests.slice(0, 3).map((r) => new URL(r.url, 'http://x').searchParams.get('page'))).to.deep.equal([null, '1', '2']);
    const pages = await pagesOf(client.paginate.iterator(client.devices.get, { applicationId, perPage: 5 }));
    expect(pages.map((p) => [p.page, p.count, p.totalCount])).to.deep.equal([[0, 5, 12], [1, 5, 12], [2, 2, 12]]);
  });

  it('starts at the caller\'s own page and perPage (numbers or strings)', async () => {
    const { applicationId } = await appWithDevices(world.admin, 12);
    const { client } = world;
    expect(names(await client.paginate(client.devices.get, { applicationId, page: 1, perPage: 5 }))).to.deep.equal(range(5, 12));
    expect(names(await client.paginate(client.devices.get, { applicationId, page: '2', perPage: '4' }))).to.deep.equal(range(8, 12));
    const pages = world.requestsTo(devicesPath(applicationId)).map((r) => new URL(r.url, 'http://x').searchParams.get('page'));
    expect(pages).to.deep.equal(['1', '2', '2']);
  });

  it('reads data table rows by offset + limit, from the caller\'s offset, with GET and with the POST query', async () => {
    const { admin, client } = world;
    const applicationId = world.emu.demo.applicationId;
    const table = await admin.dataTables.post({ applicationId, dataTable: { name: 'Paged rows', columns: [{ name: 'n', dataType: 'number', constraint: 'required' }] } });
    const path = { applicationId, dataTableId: table.id };
    await admin.dataTableRows.post({ ...path, dataTableRow: Array.from({ length: 7 }, (_, n) => ({ n })) });
    const rows = await client.paginate(client.dataTableRows.get, { ...path, sortColumn: 'n', limit: 3 });
    expect(rows.map((r) => r.n)).to.deep.equal([0, 1, 2, 3, 4, 5, 6]);
    const fromTwo = await client.paginate(client.dataTableRows.get, { ...path, sortColumn: 'n', limit: 3, offset: 2 });
    expect(fromTwo.map((r) => r.n)).to.deep.equal([2, 3, 4, 5, 6]);
    const queried = await client.paginate(client.dataTableRows.query, { ...path, sortColumn: 'n', limit: 2, query: { $or: [{ n: { $lt: 5 } }] } });
    expect(queried.map((r) => r.n)).to.deep.equal([0, 1, 2, 3, 4]);
    const offsets = world.requestsTo(`/applications/${applicationId}/data-tables/${table.id}/rows`)
      .map((r) => [r.method, new URL(r.url, 'http://x').searchParams.get('offset')]);
    expect(offsets).to.deep.equal([
      ['GET', null], ['GET', '3'], ['GET', '6'],
      ['GET', '2'], ['GET', '5'],
      ['POST', null], ['POST', '2'], ['POST', '4'],
    ]);
  });

  it('reads instance sandboxes by startingAfterId + limit, until hasMore is false', async () => {
    const { seed, instanceId, seededEmail } = seedWithSandboxes(5);
    const own = await startWorld({ seed });
    try {
      const { client } = own;
      const boxes = await client.paginate(client.instanceSandboxes.get, { instanceId, limit: 2 });
      expect(boxes.map((b) => b.email)).to.deep.equal(['box-00@example.com', 'box-01@example.com', 'box-02@example.com',
        'box-03@example.com', 'box-04@example.com', seededEmail]);
      const after = own.requestsTo(`/instances/${instanceId}/sandboxes`).map((r) => new URL(r.url, 'http://x').searchParams.get('startingAfterId'));
      expect(after).to.deep.equal([null, boxes[1].id, boxes[3].id]);
      const pages = await pagesOf(client.paginate.iterator(client.instanceSandboxes.get, { instanceId, limit: 4 }));
      expect(pages.map((p) => [p.items.length, p.hasMore])).to.deep.equal([[4, true], [2, false]]);
      // A walk after an item that is gone is told so (the emulator answers 400), not sent back to the start.
      const gone = await client.paginate(client.instanceSandboxes.get, { instanceId, startingAfterId: '5f0000000000000000000999' }).catch((e) => e);
      expect([gone.statusCode, gone.type, gone.pagesRead]).to.deep.equal([400, 'Validation', 0]);
    } finally {
      await own.close();
    }
  });

  it('stops at maxItems (the last page cut to fit) and at maxPages, sending no request beyond', async () => {
    const { applicationId } = await appWithDevices(world.admin, 12);
    const { client } = world;
    for (const outcome of await inBothStyles((cb) => client.paginate(client.devices.get, { applicationId, perPage: 5 }, { maxItems: 7 }, cb))) {
      expect(names(outcome.result), outcome.style).to.deep.equal(range(0, 7));
    }
    expect(world.requestsTo(devicesPath(applicationId))).to.have.length(4);
    const cut = await pagesOf(client.paginate.iterator(client.devices.get, { applicationId, perPage: 5 }, { maxItems: 7 }));
    expect(cut.map((p) => [p.count, p.items.length, p.totalCount])).to.deep.equal([[5, 5, 12], [2, 2, 12]]);
    expect(names(await client.paginate(client.devices.get, { applicationId, perPage: 5 }, { maxPages: 2 }))).to.deep.equal(range(0, 10));
    expect(names(await client.paginate(client.devices.get, { applicationId, perPage: 5 }, { maxItems: 5 }))).to.deep.equal(range(0, 5));
    expect(world.requestsTo(devicesPath(applicationId))).to.have.length(4 + 2 + 2 + 1);
  });

  it('reads a list the caller did not give a page size for, at the documented default (100 a page)', async () => {
    const { applicationId } = await appWithDevices(world.admin, 3);
    const { client } = world;
    const pages = await pagesOf(client.paginate.iterator(client.devices.get, { applicationId }));
    expect(pages.map((p) => [p.perPage, p.count])).to.deep.equal([[100, 3]]);
    const sent = world.requestsTo(devicesPath(applicationId)).map((r) => new URL(r.url, 'http://x').search);
    expect(sent).to.deep.equal(['?_actions=false&_links=true&_embedded=true']);
  });
});
