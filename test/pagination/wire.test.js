'use strict';
// Issue 25: the requests of a walk are exactly those of calling the action page by page by
// hand (same method, path, query string, headers as sent, body), for each paging shape,
// recorded by a loopback server; and answers the walk cannot read right end it with an
// error that says why (a list without ids that changed, an answer that is no list).
const { expect } = require('chai');
const { createClient } = require('../..');
const { startRecorder } = require('../helpers/recorder');

/** A list of `total` items (`{ id: 'i0', n: 0 }`, …) answered by page, offset or cursor. */
function listServer(total, { ids = true } = {}) {
  const all = Array.from({ length: total }, (_, n) => (ids ? { id: `i${n}`, n } : { n }));
  return (req) => {
    const q = req.query;
    if (q.perPage !== undefined || q.page !== undefined) {
      const perPage = Number(q.perPage || 100);
      const page = Number(q.page || 0);
      const items = all.slice(page * perPage, (page + 1) * perPage);
      return { body: { items, count: items.length, totalCount: all.length, page, perPage } };
    }
    if (q.startingAfterId !== undefined || q.limit !== undefined && req.path.endsWith('/sandboxes')) {
      const from = q.startingAfterId ? all.findIndex((i) => i.id === q.startingAfterId) + 1 : 0;
      const items = all.slice(from, from + Number(q.limit));
      return { body: { items, count: items.length, limit: Number(q.limit), hasMore: from + items.length < all.length } };
    }
    const offset = Number(q.offset || 0);
    const items = all.slice(offset, offset + Number(q.limit));
    return { body: { items, count: items.length, totalCount: all.length, offset, limit: Number(q.limit) } };
  };
}

const sent = (requests) => requests.map((r) => ({ method: r.method, url: r.url, headers: r.rawHeaders, body: r.raw }));

describe('pagination: the wire of a walk (issue 25)', () => {
  let server;
  let client;
  before(async () => {
    server = await startRecorder();
    client = createClient({ url: server.url, accessToken: 'wire-token' });
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  const cases = [
    {
      shape: 'page + perPage',
      method: () => client.devices.get,
      params: { applicationId: 'a1', perPage: 3, sortField: 'name', query: { $and: [{ name: { $eq: 'x' } }] }, losantdomain: 'example.com' },
      pages: (p) => [p, { ...p, page: 1 }, { ...p, page: 2 }],
    },
    {
      shape: 'offset + limit (a POST with a body)',
      method: () => client.dataTableRows.query,
      params: { applicationId: 'a1', dataTableId: 't1', limit: 3, offset: 1, query: { $and: [{ n: { $gte: 0 } }] } },
      pages: (p) => [p, { ...p, offset: 4 }],
    },
    {
      shape: 'startingAfterId + limit',
      method: () => client.instanceSandboxes.get,
      params: { instanceId: 'in1', limit: 3 },
      pages: (p) => [p, { ...p, startingAfterId: 'i2' }, { ...p, startingAfterId: 'i5' }],
    },
  ];

  for (const c of cases) {
    it(`sends what calling the action page by page sends: ${c.shape}`, async () => {
      server.reply(listServer(7));
      const items = await client.paginate(c.method(), c.params, { retries: 0 });
      const walked = sent(server.requests);
      server.reset();
      server.reply(listServer(7));
      const byHand = [];
      for (const params of c.pages(c.params)) byHand.push(...(await c.method()(params, { retries: 0 })).items);
      expect(walked).to.have.length(c.pages(c.params).length);
      expect(walked).to.deep.equal(sent(server.requests));
      expect(items).to.deep.equal(byHand);
    });
  }

  it('ends with a ListChanged error when a list whose items have no id changes under it', async () => {
    let total = 6;
    server.reply((req) => {
      const answer = listServer(total, { ids: false })(req);
      total = 5;
      return answer;
    });
    const err = await client.paginate(client.instance.historicalSummaries, { instanceId: 'in1', perPage: 2 }).catch((e) => e);
    expect([err.type, err.code, err.pagesRead, err.itemsRead]).to.deep.equal(['ListChanged', 'ERR_LIST_CHANGED', 2, 2]);
    expect(err.message).to.match(/totalCount 6 → 5\) and its items have no id/);
    expect(err.partial).to.deep.equal([{ n: 0 }, { n: 1 }]);
    expect(server.requests).to.have.length(2);
  });

  it('reads a list whose items have no id while it does not change', async () => {
    server.reply(listServer(5, { ids: false }));
    expect(await client.paginate(client.instance.historicalSummaries, { instanceId: 'in1', perPage: 2 })).to.have.length(5);
  });

  it('ends with an InvalidResponse error when an answer holds no items list', async () => {
    server.reply(() => ({ body: { count: 0 } }));
    const err = await client.paginate(client.devices.get, { applicationId: 'a1' }).catch((e) => e);
    expect([err.type, err.code, err.pagesRead]).to.deep.equal(['InvalidResponse', 'ERR_NOT_A_LIST', 1]);
    expect(err.message).to.match(/stopped after 1 page and 0 items: the answer holds no `items` list$/);
  });
});
