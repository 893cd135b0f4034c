'use strict';
// Nothing that worked breaks: every action of API 1.25.0 (the API losant-rest 2.8.1 and
// the package's first tables speak; test/fixtures/api-1.25.0/actions.json) is still in
// the imported tables and on the client, with the same method, route, transport and
// parameters (1.30.0 only added to them). The wire itself is compared with 2.8.1 in
// differential.test.js and with the description in wire-all.test.js.
const { expect } = require('chai');
const { createClient } = require('../..');
const { tables } = require('../helpers/table');
const OLD = require('../fixtures/api-1.25.0/actions.json');

const oldActions = Object.keys(OLD).filter((k) => k !== '$comment');
const current = {};
for (const table of tables) {
  for (const name of Object.keys(table.actions)) current[`${table.name}.${name}`] = table.actions[name];
}
const routeOf = (a) => `${a.method} ${a.path}${a.transport !== 'json' ? ` (${a.transport})` : ''}`;

describe('API 1.25.0 callers: every action, route and parameter is still there', () => {
  it('has the 329 actions of 1.25.0 in the tables and on the client', () => {
    expect(oldActions).to.have.length(329);
    const client = createClient({ accessToken: 't' });
    const lost = oldActions.filter((k) => !current[k] || typeof client[k.split('.')[0]][k.split('.')[1]] !== 'function');
    expect(lost).to.deep.equal([]);
  });

  it('keeps each one\'s method, route and transport', () => {
    const moved = oldActions.filter((k) => routeOf(current[k]) !== OLD[k][0]).map((k) => `${k}: ${OLD[k][0]} → ${routeOf(current[k])}`);
    expect(moved).to.deep.equal([]);
  });

  it('keeps each one\'s parameters, where they were sent (new ones are optional)', () => {
    const problems = [];
    for (const k of oldActions) {
      const before = OLD[k][1] ? OLD[k][1].split(', ') : [];
      const now = current[k].params.map((p) => `${p.name} in ${p.in}`);
      for (const p of before) if (now.indexOf(p) === -1) problems.push(`${k}: lost ${p}`);
      for (const p of current[k].params) {
        if (p.required && before.indexOf(`${p.name} in ${p.in}`) === -1) problems.push(`${k}: new required ${p.name}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });
});
