'use strict';
// Issue 20, point 3: every example the API description publishes passes the client's
// validation. The examples are the description's own, as imported into the repo: each
// parameter's example (the "Example" column of the reference pages, kept in
// lib/actions/table/*.json) and each body's example (the schemas' published `examples`, which the
// pages link to). Where the description contradicts itself (a prose list of accepted values
// that leaves out the published example), the client is not stricter than the API.
const { publishedBodyExamples } = require('../helpers/published-examples');
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const { allActions, checkParams, checkSchema, schemas } = require('../../dist/internal.js');
const { tables, valueFor } = require('../helpers/table');

const bodyExamples = publishedBodyExamples();

/**
 * The action called with every param the description gives an example for (bodies: their
 * schema's example); a required param it publishes none for (a file to upload, the ids of
 * the three streams, which the pages leave out) gets a value of the right kind.
 */
function examplesOf(table, name) {
  const params = {};
  table.actions[name].params.forEach((p, i) => {
    if (p.example !== undefined) params[p.name] = p.example;
    else if (p.schema && bodyExamples[p.schema] != null) params[p.name] = bodyExamples[p.schema];
    else if (p.required) params[p.name] = p.type === 'file' ? Buffer.from('a file') : valueFor(p, i);
  });
  return params;
}

describe('every example the API description publishes passes validation', () => {
  let paramExamples = 0;
  let contradicted = 0;
  for (const table of tables) {
    for (const name of Object.keys(table.actions)) {
      it(`${table.name}.${name}: its params' and body's examples are accepted`, () => {
        const params = examplesOf(table, name);
        const problem = checkParams(allActions[table.name][name], params);
        expect(problem && problem.message, JSON.stringify(params).slice(0, 300)).to.equal(undefined);
        for (const p of table.actions[name].params) {
          if (p.example === undefined) continue;
          paramExamples++;
          const listed = /Accepted values are: (.*?)\.?$/.exec(p.description || '');
          if (listed && listed[1].split(',').map((v) => v.trim()).indexOf(String(p.example)) === -1) {
            expect(p, `${table.name}.${name}(${p.name})`).to.not.have.property('enum');
            contradicted++;
          }
        }
      });
    }
  }

  it('counts every parameter example, and the 9 whose prose list leaves out their own example', () => {
    expect(paramExamples).to.equal(1534);
    expect(contradicted).to.equal(9);
  });

  it("the 9 are sent as given (applicationApiTokens.get({ filterField: 'key' }), deviceAttributes.get's sortField, …)", () => {
    const problems = [
      ['applicationApiTokens', 'get', { applicationId: '575ec8687ae143cd83dc4a97', filterField: 'key' }],
      ['experienceVersions', 'get', { applicationId: '575ec8687ae143cd83dc4a97', filterField: 'email' }],
      ['deviceAttributes', 'get', { applicationId: '575ec8687ae143cd83dc4a97', deviceId: '575ecf887ae143cd83dc4aa2', sortField: 'status' }],
      ['deviceAttributes', 'get', { applicationId: '575ec8687ae143cd83dc4a97', deviceId: '575ecf887ae143cd83dc4aa2', filterField: 'status' }],
      ['instanceNotificationRules', 'get', { instanceId: '575ec7417ae143cd83dc4a96', filterField: 'key' }],
      ['instanceCustomNodes', 'get', { instanceId: '575ec7417ae143cd83dc4a96', filterField: 'key' }],
      ['resourceJobs', 'get', { applicationId: '575ec8687ae143cd83dc4a97', filterField: 'device' }],
      ['instanceApiTokens', 'get', { instanceId: '575ec7417ae143cd83dc4a96', filterField: 'key' }],
      ['userApiTokens', 'get', { filterField: 'key' }],
    ].map(([r, a, p]) => checkParams(allActions[r][a], p));
    expect(problems).to.deep.equal(new Array(9).fill(undefined));
  });

  it('the prose lists the description does not contradict are still enforced', () => {
    const err = checkParams(allActions.devices.get, { applicationId: '575ec8687ae143cd83dc4a97', sortDirection: 'sideways' });
    expect(err).to.include({ type: 'Validation', field: 'sortDirection' });
    // 1.25.0 published files.get's sortField example as 'subject', outside its own list, so any value went;
    // 1.30.0's example is 'name', in the list, so the list is the rule.
    const sorted = checkParams(allActions.files.get, { applicationId: '575ec8687ae143cd83dc4a97', sortField: 'subject' });
    expect(sorted).to.include({ type: 'Validation', field: 'sortField' });
    expect(checkParams(allActions.files.get, { applicationId: '575ec8687ae143cd83dc4a97', sortField: 'name' })).to.equal(undefined);
  });

  it('every body example is valid against its schema', () => {
    let checked = 0;
    for (const name of Object.keys(bodyExamples)) {
      if (!schemas[name] || bodyExamples[name] == null) continue;
      const issue = checkSchema(schemas[name], bodyExamples[name]);
      expect(issue, `${name}: ${JSON.stringify(issue)}`).to.equal(undefined);
      checked++;
    }
    expect(checked).to.be.above(250);
  });
});
