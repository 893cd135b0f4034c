'use strict';
// The documented example of an action, as its reference page shows it: its required params,
// each given the value the description publishes (the Example column; a body, its schema's
// published example, or a value synthesized from the schema where none is published), and
// the token to call it with against the default seed.
const { createClient } = require('../..');
const { defaultSeed } = require('../../dist/emulator.js');
const { allActions, synthesize } = require('../../dist/internal.js');
const { publishedBodyExamples } = require('./published-examples');

const bodyExamples = publishedBodyExamples();

/** `table`: a resource's table as test/helpers/table.js reads it. */
function documentedCall(table, name) {
  const params = {};
  for (const p of table.actions[name].params) {
    if (!p.required) continue;
    if (p.type === 'file') params[p.name] = Buffer.from('the file of the example');
    else if (p.schema) params[p.name] = bodyExamples[p.schema] != null ? JSON.parse(JSON.stringify(bodyExamples[p.schema])) : synthesize(allActions[table.name][name].params.filter((s) => s.name === p.name)[0].schema);
    else params[p.name] = p.example;
  }
  return params;
}

/**
 * The token an example is called with: the demo token; but an example that gives a user's
 * password (me.changePassword's `data.password`, the two-factor actions', me.delete's
 * `credentials`) is called as the seeded user whose password it is, logged in with it, as a
 * program would: the docs' examples give three different passwords, and the default seed gives
 * each to one user. (`me.patch`'s `user.password` is a new one: nobody has it yet.)
 */
async function tokenFor(emu, params) {
  const given = Object.keys(params).map((name) => params[name] && params[name].password).filter(Boolean);
  const user = defaultSeed.users.filter((u) => given.indexOf(u.password) !== -1)[0];
  if (!user) return emu.demo.token;
  const login = await createClient({ url: emu.url, retries: 0 }).auth.authenticateUser({ credentials: { email: user.email, password: user.password } });
  return login.token;
}

module.exports = { bodyExamples, documentedCall, tokenFor };
