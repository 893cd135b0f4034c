'use strict';
// Issue 25: a list that changes while it is read (`totalCount` moves between two pages),
// against the emulator. Items added before the walk's place push the rest forward (a
// naive loop reads one twice); items removed before it pull the rest back (a naive loop
// skips one). The walk gives every item that was there all along exactly once: repeats
// are dropped by id, and after a shrink it steps back to read again what moved.
const { expect } = require('chai');
const { useWorld, appWithDevices, range, names } = require('./helpers/world');


describe('pagination: a list that changes while it is read (issue 25)', function () {
  this.timeout(60000);
  const world = useWorld();

  /** Reads by hand, page after page, running `between` after the first page: what a naive loop gets. */
  async function naive(client, params, between) {
    const items = [];
    for (let page = 0; ; page++) {
      const answer = await client.devices.get({ ...params, page });
      items.push(...answer.items);
      if (page === 0) await between();
      if ((page + 1) * params.perPage >= answer.totalCount) return items;
    }
  }

  it('gives no item twice when items are added before its place (iterator)', async () => {
    const { applicationId } = await appWithDevices(world.admin, 12);
    const { admin, client } = world;
    const add = (name) => admin.devices.post({ applicationId, device: { name, deviceClass: 'standalone' } });
    const params = { applicationId, perPage: 5 };
    // The scenario is real: a naive loop reads dev-04 twice.
    const byHand = names(await naive(client, params, () => add('aaa-1')));
    expect(byHand.filter((n) => n === 'dev-04')).to.have.length(2);

    const read = [];
    let pagesSeen = 0;
    for await (const page of client.paginate.iterator(client.devices.get, params)) {
      read.push(...page.items);
      if (++pagesSeen === 1) await Promise.all([add('aaa-2'), add('aaa-3')]);
    }
    const got = names(read);
    expect(new Set(got).size, got.join()).to.equal(got.length);
    expect(got.filter((n) => n.startsWith('dev-'))).to.deep.equal(range(0, 12));
  });

  it('skips no item when items are removed before its place (promise, changed between two requests)', async () => {
    const { applicationId, devices } = await appWithDevices(world.admin, 12);
    const { admin, client } = world;
    const params = { applicationId, perPage: 5 };
    // The scenario is real: a naive loop never sees dev-05 once dev-01 is gone.
    expect(names(await naive(client, params, () => admin.device.delete({ applicationId, deviceId: devices[1].id })))).to.not.include('dev-05');

    const again = await appWithDevices(admin, 12);
    let forwarded = 0;
    world.forwarder.set({
      before: async () => {
        if (++forwarded === 2) await admin.device.delete({ applicationId: again.applicationId, deviceId: again.devices[1].id });
      },
    });
    const items = await client.paginate(client.devices.get, { applicationId: again.applicationId, perPage: 5 });
    // dev-01 was read before it was removed; every other device comes once, dev-05 included.
    expect(names(items).slice().sort()).to.deep.equal(range(0, 12));
    const pages = world.requestsTo(`/applications/${again.applicationId}/devices`).map((r) => new URL(r.url, 'http://x').searchParams.get('page'));
    // Page 1 came back one shorter (totalCount 12 → 11): page 0 is read again, then on.
    expect(pages).to.deep.equal([null, '1', '0', '1', '2']);
  });

  it('skips and repeats nothing when many items go between two pages (iterator)', async () => {
    const { applicationId, devices } = await appWithDevices(world.admin, 20);
    const { admin, client } = world;
    const read = [];
    let pagesSeen = 0;
    for await (const page of client.paginate.iterator(client.devices.get, { applicationId, perPage: 4 })) {
      read.push(...page.items);
      pagesSeen++;
      // After the second page (dev-00 … dev-07 read), seven of those go: the rest moves back by more than a page.
      if (pagesSeen === 2) for (const i of [0, 1, 2, 3, 4, 5, 6]) await admin.device.delete({ applicationId, deviceId: devices[i].id });
    }
    // Each once; the order is the list's only where it did not move (what moved back is read after).
    expect(names(read)).to.have.length(20);
    expect(names(read).slice().sort()).to.deep.equal(range(0, 20));
  });
});
