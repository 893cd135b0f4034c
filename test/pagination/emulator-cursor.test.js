'use strict';
// Issue 25: the emulator lists instance sandboxes as the description says, by cursor: the
// items after `startingAfterId` and before `endingBeforeId` (each exclusive), `limit` of
// them, with `hasMore`; an id that is no item of the list gets 400.
const { expect } = require('chai');
const { useWorld, seedWithSandboxes } = require('./helpers/world');

describe('emulator: instance sandboxes by startingAfterId + limit (issue 25)', () => {
  const { seed, instanceId, seededEmail } = seedWithSandboxes(5);
  const world = useWorld({ seed });

  const emails = (answer) => answer.items.map((b) => b.email);

  it('answers a page of `limit` items, with hasMore, and the next one after the last id', async () => {
    const { admin } = world;
    const first = await admin.instanceSandboxes.get({ instanceId, limit: 4 });
    expect([emails(first), first.count, first.limit, first.hasMore]).to.deep.equal([
      ['box-00@example.com', 'box-01@example.com', 'box-02@example.com', 'box-03@example.com'], 4, 4, true]);
    const next = await admin.instanceSandboxes.get({ instanceId, limit: 4, startingAfterId: first.items[3].id });
    expect([emails(next), next.hasMore, next.startingAfterId]).to.deep.equal([['box-04@example.com', seededEmail], false, first.items[3].id]);
  });

  it('stops before endingBeforeId, and refuses an id that is no item of the list', async () => {
    const { admin } = world;
    const all = await admin.instanceSandboxes.get({ instanceId });
    expect([all.count, all.limit, all.hasMore]).to.deep.equal([6, 100, false]);
    const between = await admin.instanceSandboxes.get({ instanceId, startingAfterId: all.items[0].id, endingBeforeId: all.items[3].id });
    expect([emails(between), between.hasMore]).to.deep.equal([['box-01@example.com', 'box-02@example.com'], false]);
    const err = await admin.instanceSandboxes.get({ instanceId, startingAfterId: '5f0000000000000000000999' }).catch((e) => e);
    expect([err.statusCode, err.type]).to.deep.equal([400, 'Validation']);
    expect(err.message).to.equal('startingAfterId 5f0000000000000000000999 is not an item of this list');
  });
});
