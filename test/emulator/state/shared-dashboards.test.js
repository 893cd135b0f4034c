'use strict';
// Review finding 3: an application's dashboards and the top-level dashboards are one
// collection, but an item's application came only from the path it was created under.
// A dashboard created at /dashboards with an applicationId was not listed by
// applicationDashboards.get, not found under the application's path, and not removed
// with its application. The document's applicationId decides now, whichever path wrote it.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { call } = require('../../helpers/emulator-calls');

const FLEET = '575ec8687ae143cd83dc4a98';

describe('emulator: one dashboards collection, whichever path wrote it (review finding 3)', () => {
  let emu;
  let client;
  before(async () => {
    emu = await startEmulator();
    client = createClient({ url: emu.url, accessToken: emu.demo.token });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  const idsUnder = async (applicationId, style) => (await call(client.applicationDashboards.get, { applicationId }, style)).items.map((d) => d.id);
  const exists = (dashboardId, style) => call(client.dashboard.get, { dashboardId }, style).then(() => true, (err) => {
    if (err.statusCode !== 404) throw err;
    return false;
  });

  for (const style of ['callback', 'promise']) {
    it(`a dashboard created at /dashboards with an applicationId is that application's, and goes with it (${style})`, async () => {
      const { applicationId } = emu.demo;
      const before = await idsUnder(applicationId, style);
      const top = await call(client.dashboards.post, { dashboard: { name: 'Top-level, for the greenhouse', applicationId } }, style);
      const viaApp = await call(client.applicationDashboards.post, { applicationId, dashboard: { name: 'Via the application' } }, style);
      const loose = await call(client.dashboards.post, { dashboard: { name: 'No application' } }, style);
      const other = await call(client.dashboards.post, { dashboard: { name: 'For the fleet', applicationId: FLEET } }, style);

      expect(await idsUnder(applicationId, style)).to.have.members(before.concat([top.id, viaApp.id]));
      expect(await idsUnder(FLEET, style)).to.include(other.id).and.not.include(top.id);
      const read = await call(client.applicationDashboard.get, { applicationId, dashboardId: top.id }, style);
      expect(read.name).to.equal('Top-level, for the greenhouse');
      expect((await call(client.dashboards.get, { perPage: 1000 }, style)).items.map((d) => d.id)).to.include.members([top.id, viaApp.id, loose.id]);

      await call(client.application.delete, { applicationId }, style);
      expect(await exists(top.id, style), 'created at /dashboards').to.equal(false);
      expect(await exists(viaApp.id, style), 'created under the application').to.equal(false);
      expect(await exists(loose.id, style), 'with no application').to.equal(true);
      expect(await exists(other.id, style), 'of another application').to.equal(true);
    });
  }

  it('the application a new dashboard names must be one the caller can see', async () => {
    const { applicationId } = emu.demo;
    const unknown = '575ec8687ae143cd83dc4a00';
    const err = await client.dashboards.post({ dashboard: { name: 'Nowhere', applicationId: unknown } }).catch((e) => e);
    expect(err.statusCode).to.equal(400);
    expect(err.message).to.equal(`applicationId ${unknown} is not an application`);
    // Noor is in no organization: the greenhouse application is not hers to put a dashboard in.
    const login = await createClient({ url: emu.url }).auth.authenticateUser({ credentials: { email: 'noor@example.com', password: 'yourCurrentPassword' } });
    const noor = createClient({ url: emu.url, accessToken: login.token });
    const refused = await noor.dashboards.post({ dashboard: { name: 'Sneaked in', applicationId } }).catch((e) => e);
    expect(refused.statusCode).to.equal(400);
    expect(refused.message).to.equal(`applicationId ${applicationId} is not an application`);
    // The seed's two greenhouse dashboards, and nothing sneaked in.
    expect((await client.applicationDashboards.get({ applicationId })).count).to.equal(2);
  });

  // Saving writes the document; loading reads the parent from it: a created dashboard stays its application's.
  it('the state saved and loaded again keeps each dashboard with its application', async () => {
    const { applicationId } = emu.demo;
    const top = await client.dashboards.post({ dashboard: { name: 'Saved with it', applicationId } });
    const again = await startEmulator({ seed: emu.snapshot() });
    try {
      const reloaded = createClient({ url: again.url, accessToken: again.demo.token });
      expect((await reloaded.applicationDashboards.get({ applicationId })).items.map((d) => d.id)).to.include(top.id);
      await reloaded.application.delete({ applicationId });
      const err = await reloaded.dashboard.get({ dashboardId: top.id }).catch((e) => e);
      expect(err.statusCode).to.equal(404);
    } finally {
      await again.close();
    }
  });
});
