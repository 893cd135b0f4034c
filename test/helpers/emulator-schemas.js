'use strict';
// Response-schema checks for emulator answers, with a fresh Ajv (+ ajv-formats)
// compiled from schemas/*.json at test time: independent of the generated
// validators the emulator itself uses, so a bug shared by both cannot hide.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;

const SCHEMA_DIR = path.join(__dirname, '..', '..', 'schemas');
const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
addFormats(ajv);
// Every schema is added, so the $refs between schema files resolve.
for (const file of fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, file), 'utf8')));
}

function validatorFor(name) {
  return ajv.getSchema(`https://losant-org-client/schemas/${name}.json`);
}

/** Asserts that `data` conforms to schemas/<name>.json, showing Ajv's errors when it does not. */
function expectConforms(name, data) {
  const validate = validatorFor(name);
  const ok = validate(data);
  expect(ok, `${name}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(data).slice(0, 500)}`).to.equal(true);
}

// The response schema of each action, written out from the facts sheet's route table (not read from the action table).
const RESPONSE_SCHEMA = {
  delete: 'success',
  deviceCounts: 'deviceCounts',
  get: 'org',
  inviteMember: 'orgInvites',
  modifyMember: 'org',
  notebookMinuteCounts: 'notebookMinuteCounts',
  patch: 'org',
  payloadCounts: 'payloadStats',
  payloadCountsBreakdown: 'payloadCountsBreakdown',
  pendingInvites: 'orgInvites',
  removeMember: 'org',
  revokeInvite: 'orgInvites',
  transferResources: 'success',
};

module.exports = { expectConforms, RESPONSE_SCHEMA };
