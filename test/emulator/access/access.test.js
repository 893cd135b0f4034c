'use strict';
// Review finding 2: the emulator checked a token's scopes, but not whether its user owns
// or belongs to what a request names. A user in no organization (all.User) could read and
// delete the organization's application, and delete an organization she is not in, while
// the lists showed her nothing. Every action that names items by id now asks the same
// rule as the lists: the item's owner (a user, an organization the user is a member of,
// with the role a write needs; an application for the tokens tied to one). Unseen items
// answer exactly as unknown ones (404), seen but not changeable ones 403.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator, defaultSeed } = require('../../../dist/emulator.js');
const { ACTIONS, paramsFor, rawCall, call } = require('../../helpers/emulator-calls');

const NOOR = '575ed70c7ae143cd83dc4aa4';
const EXAMPLE = '575ed70c7ae143cd83dc4aa9';
const SCRATCH_ORG = '575ed6e87ae143cd83dc4ab0';
const FLEET = '575ec8687ae143cd83dc4a98';
const OUTSIDER = 'emu-outsider-token';
const STYLES = ['callback', 'promise'];

/** The default seed, plus an all.User token for Noor, who is in no organization and owns nothing. */
function accessSeed() {
  const seed = JSON.parse(JSON.stringify(defaultSeed));
  seed.tokens.push({ name: 'outsider', token: OUTSIDER, scopes: ['all.User'], userId: NOOR });
  return seed;
}

/** Resolves the LosantError's statusCode, or 'ok'. */
async function statusOf(promise) {
  try {
    await promise;
    return 'ok';
  } catch (err) {
    if (typeof err.statusCode !== 'number') throw err;
    return err.statusCode;
  }
}

describe('emulator: who may act on an item named by id (review finding 2)', () => {
  let emu;
  let demo;
  let ada;
  const as = (token) => createClient({ url: emu.url, accessToken: token });

  before(async () => {
    emu = await startEmulator({ seed: accessSeed() });
    demo = emu.demo;
    ada = as(demo.token);
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  describe('a user in no organization', () => {
    // Every action whose path names an item, but those that need no token (a public dashboard).
    const naming = ACTIONS.filter(([, , spec]) => /\{\w+\}/.test(spec.path) && spec.auth !== 'none');

    it(`gets the answer of an unknown id (404, or what the action documents) from each of the ${naming.length} actions that name an item, and nothing changes`, async () => {
      expect(naming.length).to.be.above(250);
      const wrong = [];
      for (const [resource, action, spec] of naming) {
        const name = `${resource}.${action}`;
        const before = JSON.stringify(emu.snapshot());
        const res = await rawCall(emu.url, resource, action, paramsFor(resource, action, demo), OUTSIDER);
        // Application templates are the platform's public catalog: they belong to nobody. An unknown
        // id's answer is 404, or the status the action documents instead (400 for those that list no 404).
        const unknown = spec.errors.some((e) => e.status === 404) ? 404 : spec.errors[0].status;
        const expected = /^\/applicationTemplates\//.test(spec.path) ? spec.responses[0].status : unknown;
        if (res.status !== expected) wrong.push(`${name} answered ${res.status}`);
        else if (res.status === unknown && !/^[A-Z][\w ]* [0-9a-f]{24} was not found$/.test(res.json.message)) wrong.push(`${name}: ${res.json.message}`);
        if (JSON.stringify(emu.snapshot()) !== before) wrong.push(`${name} changed the state`);
        emu.reset();
      }
      expect(wrong).to.deep.equal([]);
    });

    for (const style of STYLES) {
      it(`reads, changes and deletes nothing of theirs, and lists nothing of theirs (${style})`, async () => {
        const noor = as(OUTSIDER);
        const { applicationId, deviceId, dashboardId, orgId, apiTokenId } = demo;
        const refused = {
          'application.get': await statusOf(call(noor.application.get, { applicationId }, style)),
          'application.delete': await statusOf(call(noor.application.delete, { applicationId }, style)),
          'device.get': await statusOf(call(noor.device.get, { applicationId, deviceId }, style)),
          'device.sendState': await statusOf(call(noor.device.sendState, { applicationId, deviceId, deviceState: { data: { temperature: 1 } } }, style)),
          'dashboard.patch': await statusOf(call(noor.dashboard.patch, { dashboardId, dashboard: { name: 'Mine now' } }, style)),
          'org.get': await statusOf(call(noor.org.get, { orgId }, style)),
          'org.delete': await statusOf(call(noor.org.delete, { orgId: SCRATCH_ORG }, style)),
          'userApiToken.delete': await statusOf(call(noor.userApiToken.delete, { apiTokenId }, style)),
          'instance.get': await statusOf(call(noor.instance.get, { instanceId: demo.instanceId }, style)),
        };
        for (const name of Object.keys(refused)) expect(refused[name], name).to.equal(404);
        expect((await call(noor.applications.get, {}, style)).count).to.equal(0);
        expect((await call(noor.applications.get, { orgId }, style)).count).to.equal(0);
        expect((await call(noor.dashboards.get, {}, style)).count).to.equal(0);
        expect((await call(noor.userApiTokens.get, {}, style)).items).to.deep.equal([]);
        // Everything is still there for its owners.
        expect((await call(ada.application.get, { applicationId }, style)).id).to.equal(applicationId);
        expect((await call(ada.org.get, { orgId: SCRATCH_ORG }, style)).id).to.equal(SCRATCH_ORG);
        expect((await call(ada.dashboard.get, { dashboardId }, style)).name).to.equal('Greenhouse Overview');
        expect((await call(ada.userApiTokens.get, {}, style)).items.map((t) => t.id)).to.deep.equal([apiTokenId]);
      });
    }

    it('cannot give an organization she is not in a new application or dashboard, or move hers there', async () => {
      const noor = as(OUTSIDER);
      const application = { name: 'Sneaked in', orgId: demo.orgId };
      const err = await noor.applications.post({ application }).catch((e) => e);
      expect(err.statusCode).to.equal(400);
      expect(err.message).to.equal(`orgId ${demo.orgId} is not an organization`);
      expect(await statusOf(noor.dashboards.post({ dashboard: { name: 'Sneaked in', orgId: demo.orgId } }))).to.equal(400);
      const own = await noor.applications.post({ application: { name: 'Her own' } });
      expect(own.ownerId).to.equal(NOOR);
      const transfer = { destinationType: 'organization', destinationId: demo.orgId, applicationIds: [own.id] };
      expect(await statusOf(noor.me.transferResources({ transfer }))).to.equal(400);
      expect((await noor.application.get({ applicationId: own.id })).ownerId).to.equal(NOOR);
      // Nor can an admin give hers to an organization she is not in.
      const noorsOrg = await noor.orgs.post({ organization: { name: 'Noor Org' } });
      const move = { destinationType: 'organization', destinationId: noorsOrg.id, applicationIds: [demo.applicationId] };
      const moved = await ada.org.transferResources({ orgId: demo.orgId, transfer: move }).catch((e) => e);
      expect(moved.statusCode).to.equal(400);
      expect(moved.message).to.equal(`transfer.destinationId ${noorsOrg.id} is not an organization`);
      expect((await ada.application.get({ applicationId: demo.applicationId })).ownerId).to.equal(demo.orgId);
    });
  });

  describe('an organization member, by role', () => {
    const setRole = (member) => ada.org.modifyMember({ orgId: demo.orgId, member: Object.assign({ userId: EXAMPLE }, member) });

    for (const style of STYLES) {
      it(`edit changes the applications, not the organization; view only reads (${style})`, async () => {
        const example = as(demo.memberToken);
        const { applicationId, deviceId, orgId, dataTableId } = demo;
        const sendState = () => call(example.device.sendState, { applicationId, deviceId, deviceState: { data: { temperature: 2 } } }, style);
        expect((await call(example.application.patch, { applicationId, application: { description: 'By an editor' } }, style)).description)
          .to.equal('By an editor');
        expect(await statusOf(sendState())).to.equal('ok');
        expect((await call(example.org.get, { orgId }, style)).id).to.equal(orgId);
        expect(await statusOf(call(example.org.patch, { orgId, organization: { name: 'Mine' } }, style))).to.equal(403);
        expect(await statusOf(call(example.org.inviteMember, { orgId, invite: { email: 'x@example.com', role: 'view' } }, style))).to.equal(403);
        expect(await statusOf(call(example.org.delete, { orgId }, style))).to.equal(403);

        await setRole({ role: 'view' });
        expect((await call(example.application.get, { applicationId }, style)).id).to.equal(applicationId);
        // A POST that only reads is what a read-only token may do, so a viewer may too.
        expect((await call(example.dataTableRows.query, { applicationId, dataTableId, query: {} }, style)).count).to.equal(3);
        expect(await statusOf(sendState())).to.equal(403);
        expect(await statusOf(call(example.application.patch, { applicationId, application: { name: 'x' } }, style))).to.equal(403);
        expect(await statusOf(call(example.application.delete, { applicationId }, style))).to.equal(403);
        const err = await call(example.devices.post, { applicationId, device: { name: 'x', deviceClass: 'standalone', attributes: [] } }, style).catch((e) => e);
        expect(err.statusCode).to.equal(403);
        expect(err.type).to.equal('Forbidden');
        expect(err.message).to.equal('Role view in organization Demo Org does not allow this action');
        expect((await ada.application.get({ applicationId })).description).to.equal('By an editor');
      });

      it(`collaborate changes what an application holds, not the application itself (${style})`, async () => {
        const example = as(demo.memberToken);
        const { applicationId, deviceId, dashboardId } = demo;
        await setRole({ role: 'collaborate' });
        expect((await call(example.device.patch, { applicationId, deviceId, device: { description: 'Recalibrated' } }, style)).description)
          .to.equal('Recalibrated');
        expect(await statusOf(call(example.application.patch, { applicationId, application: { name: 'x' } }, style))).to.equal(403);
        expect(await statusOf(call(example.application.delete, { applicationId }, style))).to.equal(403);
        expect(await statusOf(call(example.dashboard.delete, { dashboardId }, style))).to.equal(403);
        expect(await statusOf(call(example.applications.post, { application: { name: 'x', orgId: demo.orgId } }, style))).to.equal(403);
      });

      it(`none sees only what a role for one application gives (${style})`, async () => {
        const example = as(demo.memberToken);
        const { applicationId } = demo;
        await setRole({ role: 'none', applicationRoles: [{ resourceId: applicationId, role: 'view' }] });
        expect((await call(example.application.get, { applicationId }, style)).id).to.equal(applicationId);
        expect(await statusOf(call(example.application.get, { applicationId: FLEET }, style))).to.equal(404);
        expect(await statusOf(call(example.dashboard.get, { dashboardId: demo.dashboardId }, style))).to.equal('ok'); // needs no token
        expect(await statusOf(call(example.dashboard.patch, { dashboardId: demo.dashboardId, dashboard: { name: 'x' } }, style))).to.equal(404);
        expect((await call(example.applications.get, {}, style)).items.map((a) => a.id)).to.deep.equal([applicationId]);
        expect((await call(example.dashboards.get, {}, style)).count).to.equal(0);
      });
    }

    it('an instance member with the view role reads the instance and changes nothing there', async () => {
      const example = as(demo.memberToken);
      const { instanceId } = demo;
      expect((await example.instance.get({ instanceId })).id).to.equal(instanceId);
      expect((await example.instanceOrgs.get({ instanceId })).count).to.equal(3);
      expect(await statusOf(example.instanceOrgs.post({ instanceId, orgConfig: { name: 'Not mine to add' } }))).to.equal(403);
      expect(await statusOf(example.instanceOrg.delete({ instanceId, orgId: SCRATCH_ORG }))).to.equal(403);
      expect((await ada.orgs.get({})).count).to.equal(2);
    });
  });

  it('reads an owner only where the item schema has one: a row with ownerId and ownerType columns is its table\'s', async () => {
    const { applicationId } = demo;
    const columns = ['ownerId', 'ownerType'].map((name) => ({ name, dataType: 'string', constraint: 'optional' }));
    const table = await ada.dataTables.post({ applicationId, dataTable: { name: 'Owners', columns } });
    const where = { applicationId, dataTableId: table.id };
    const row = await ada.dataTableRows.post(Object.assign({ dataTableRow: { ownerId: NOOR, ownerType: 'user' } }, where));
    expect((await ada.dataTableRow.get(Object.assign({ rowId: row.id }, where))).ownerId).to.equal(NOOR);
    expect((await ada.dataTableRows.get(where)).items.map((r) => r.id)).to.deep.equal([row.id]);
    expect(await statusOf(as(OUTSIDER).dataTableRow.get(Object.assign({ rowId: row.id }, where)))).to.equal(404);
  });

  it('what a list shows is exactly what can be read by id, for each caller', async () => {
    await ada.org.modifyMember({ orgId: demo.orgId, member: { userId: EXAMPLE, role: 'none', dashboardRoles: [{ resourceId: demo.dashboardId, role: 'view' }] } });
    await as(OUTSIDER).applications.post({ application: { name: 'Noor\'s own' } });
    const resources = emu.snapshot().resources;
    const families = [
      { list: 'applications', item: 'application', idParam: 'applicationId' },
      { list: 'dashboards', item: 'dashboard', idParam: 'dashboardId', write: 'patch', body: { dashboard: { name: 'Renamed' } } },
      { list: 'userApiTokens', item: 'userApiToken', idParam: 'apiTokenId' },
      { list: 'instances', item: 'instance', idParam: 'instanceId' },
    ];
    const counts = {};
    for (const [who, token] of [['ada', demo.token], ['example', demo.memberToken], ['noor', OUTSIDER]]) {
      const client = as(token);
      for (const f of families) {
        const listed = (await client[f.list].get({})).items.map((i) => i.id).sort();
        const readable = [];
        for (const doc of resources[f.list]) {
          // dashboard.get needs no token: try a patch instead (403 is seen but not changeable, 404 unseen).
          const read = f.write ? client[f.item][f.write](Object.assign({ [f.idParam]: doc.id }, f.body)) : client[f.item].get({ [f.idParam]: doc.id });
          if ((await statusOf(read)) !== 404) readable.push(doc.id);
        }
        expect(listed, `${who}: ${f.list}`).to.deep.equal(readable.sort());
        counts[`${who} ${f.list}`] = listed.length;
      }
    }
    expect(counts).to.deep.equal({
      'ada applications': 2, 'ada dashboards': 3, 'ada userApiTokens': 1, 'ada instances': 3,
      'example applications': 0, 'example dashboards': 1, 'example userApiTokens': 0, 'example instances': 1,
      'noor applications': 1, 'noor dashboards': 0, 'noor userApiTokens': 0, 'noor instances': 0,
    });
  });
});
