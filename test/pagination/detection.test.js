'use strict';
// Issue 25: the paged actions are found from the description (scripts/lib/paging.mjs), not
// listed by hand: the rule on the committed tables, on actions it has never seen (as an
// import of a newer API would bring), and the shape recorded in the generated per-resource data.
const path = require('path');
const { expect } = require('chai');
const { ROOT, loadPagingOf, pagedByRule } = require('./helpers/paged');

describe('pagination: which actions are paged, from the description (issue 25)', () => {
  let pagingOf;
  before(async () => { pagingOf = await loadPagingOf(); });


  it('finds 43 of the 375 actions paged: 40 by page + perPage, 2 by offset + limit, 1 by startingAfterId + limit', async () => {
    const found = await pagedByRule();
    const count = (shape) => Object.keys(found).filter((k) => found[k] === shape).length;
    expect([Object.keys(found).length, count('page'), count('offset'), count('cursor')]).to.deep.equal([43, 40, 2, 1]);
    // The 7 API 1.30.0 added are all page + perPage lists.
    for (const key of ['applicationJobLogs.get', 'applications.periodSummaries', 'credentials.get', 'instanceAuditLogs.get',
      'instanceNotificationRules.get', 'privateFiles.get', 'userOauthTokens.get']) expect(found[key], key).to.equal('page');
    // New logs read with `limit` + `since` are a time window, like device.getLogEntries: not paged.
    expect(found).to.not.have.property('instanceNotificationRule.logs');
    expect(found).to.not.have.property('application.importLogs');
    expect(found['devices.get']).to.equal('page');
    expect(found['dataTableRows.query']).to.equal('offset');
    expect(found['instanceSandboxes.get']).to.equal('cursor');
    // A `page` query whose documented answer is no list (a single token), and a `limit` that bounds a time range, are not paged.
    expect(found).to.not.have.property('userApiTokens.get');
    expect(found).to.not.have.property('device.getState');
    expect(found).to.not.have.property('experienceDomains.get');
  });

  it('judges an action it has never seen by its params and answer alone', () => {
    const action = (query, schema) => ({
      transport: 'json',
      params: query.map((name) => ({ name, in: 'query', type: 'string', default: name === 'perPage' ? '25' : undefined })),
      responses: [{ status: 200, schema }],
    });
    expect(pagingOf(action(['page', 'perPage'], 'devices'))).to.deep.equal({ shape: 'page', size: 25, item: 'device' });
    expect(pagingOf(action(['offset', 'limit'], 'dataTableRows'))).to.deep.equal({ shape: 'offset', item: 'dataTableRow' });
    expect(pagingOf(action(['startingAfterId', 'limit'], 'instanceSandboxes'))).to.deep.equal({ shape: 'cursor', item: 'instanceSandbox' });
    expect(pagingOf(action(['page', 'perPage'], 'device'))).to.equal(undefined);
    expect(pagingOf(action(['page'], 'devices'))).to.equal(undefined);
    // A cursor list must say whether more follow.
    expect(pagingOf(action(['startingAfterId', 'limit'], 'devices'))).to.equal(undefined);
  });

  it('records each paged action\'s shape in the generated data of its resource, and no other', async () => {
    const { allActions } = require(path.join(ROOT, 'dist', 'internal.js'));
    const recorded = {};
    for (const resource of Object.keys(allActions)) {
      for (const name of Object.keys(allActions[resource])) {
        const paging = allActions[resource][name].paging;
        if (paging) recorded[`${resource}.${name}`] = paging.shape;
      }
    }
    expect(recorded).to.deep.equal(await pagedByRule());
    expect(allActions.devices.get.paging).to.deep.equal({ shape: 'page', size: 100 });
  });
});
