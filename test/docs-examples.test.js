'use strict';
// Runs every code example of docs/org.md against the emulator, the way a
// reader would paste it: each style (callbacks, promises, async/await) on its
// own, in a fresh `vm` context holding `client`, the `my…` placeholders and a
// captured console. Each must log one result of the documented type and
// never call console.error. Every run gets a fresh emulator, so one style's
// delete (or revoke, or transfer) cannot make the next one fail.
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const { types } = require('util');
const { expect } = require('chai');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const { createClient, isLosantError, orgActions } = require('..');
const { sections, codeBlocks } = require('../scripts/docs/md-parse.cjs');

const ROOT = path.join(__dirname, '..');
const EMULATOR = path.join(ROOT, 'dist', 'emulator.js');
const STYLES = ['callbacks', 'promises', 'async/await'];

function loadEmulator() {
  if (!fs.existsSync(EMULATOR)) throw new Error('dist/emulator.js is missing: run `npm run build` (it needs lib/emulator/index.ts)');
  return require(EMULATOR);
}

const schema = (name) => JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', `${name}.json`), 'utf8'));
const firstExample = (name) => JSON.parse(JSON.stringify(schema(name).examples[0]));

/**
 * The placeholders, from the schema examples, pointed at what exists in the
 * emulator's demo data (a member to modify, an application to transfer).
 */
function placeholders(demo) {
  const invite = firstExample('orgInvitePost');
  invite.email = 'new.member@example.com';
  const member = firstExample('orgMemberPatch');
  member.userId = demo.userId;
  const transfer = firstExample('resourceTransfer');
  Object.assign(transfer, { destinationId: demo.userId, destinationType: 'user', applicationIds: [demo.applicationId] });
  return {
    myOrgId: demo.orgId,
    myUserId: demo.userId,
    myInviteId: demo.inviteId,
    myInvite: invite,
    myMember: member,
    myOrganization: firstExample('orgPatch'),
    myTransfer: transfer,
  };
}

/** One javascript block → its shared preamble (`var params`) and one snippet per `// with <style>` comment. */
function splitStyles(code) {
  const parts = code.split(/^(?=\/\/ with )/m);
  const styles = {};
  for (const part of parts.slice(1)) styles[/^\/\/ with (\S+)/.exec(part)[1]] = part;
  return { preamble: parts[0], styles };
}

/** Runs a snippet; resolves with the console calls once the first one arrives and the queue has drained. */
function runSnippet(code, globals) {
  return new Promise((resolve, reject) => {
    const calls = [];
    const settle = () => setImmediate(() => setImmediate(() => resolve(calls)));
    const record = (method) => (...args) => {
      calls.push({ method, args });
      if (calls.length === 1) settle();
    };
    const console = { log: record('log'), error: record('error'), warn: record('warn'), info: record('info') };
    try {
      vm.runInContext(code, vm.createContext(Object.assign({ console }, globals)), { filename: 'docs/org.md' });
    } catch (err) {
      reject(err);
    }
  });
}

const isError = (value) => types.isNativeError(value) || isLosantError(value) || value instanceof Error;

describe('docs/org.md code examples run against the emulator', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validators = new Map();
  const validatorFor = (type) => {
    if (!validators.has(type)) validators.set(type, ajv.compile(schema(type)));
    return validators.get(type);
  };
  const examples = sections(fs.readFileSync(path.join(ROOT, 'docs', 'org.md'), 'utf8')).map((s) => {
    const block = codeBlocks(s.lines).filter((b) => b.lang === 'javascript');
    const call = /client\.org\.(\w+)\(/.exec(block.length ? block[0].code : '');
    return { title: s.title, blocks: block, name: call && call[1] };
  });

  it('finds one javascript block, with all three styles, for each of the 13 actions', () => {
    expect(examples.map((e) => e.name)).to.deep.equal(Object.keys(orgActions));
    for (const e of examples) {
      expect(e.blocks, e.title).to.have.length(1);
      expect(Object.keys(splitStyles(e.blocks[0].code).styles), e.title).to.deep.equal(STYLES);
      // The block as a whole must also be valid JavaScript, as readers copy it whole.
      expect(() => new vm.Script(e.blocks[0].code), e.title).to.not.throw();
    }
  });

  for (const { title } of sections(fs.readFileSync(path.join(ROOT, 'docs', 'org.md'), 'utf8'))) {
    describe(title, () => {
      for (const style of STYLES) {
        it(`logs a result and no error (${style})`, async () => {
          const example = examples.find((e) => e.title === title);
          const action = orgActions[example.name];
          const { preamble, styles } = splitStyles(example.blocks[0].code);
          const emu = await loadEmulator().startEmulator({ port: 0 });
          try {
            const client = createClient({ url: emu.url, accessToken: emu.demo.token });
            const calls = await runSnippet(preamble + styles[style], Object.assign({ client }, placeholders(emu.demo)));
            const errors = calls.filter((c) => c.method !== 'log');
            expect(errors, `${title} (${style}) wrote: ${errors.map((c) => c.args.join(' ')).join('; ')}`).to.deep.equal([]);
            expect(calls, `${title} (${style})`).to.have.length(1);
            const result = calls[0].args[0];
            expect(isError(result), `${title} (${style}) logged an error`).to.equal(false);
            expect(result, `${title} (${style})`).to.not.equal(undefined);
            const validate = validatorFor(action.success.type);
            expect(validate(result), `${title} (${style}) result: ${ajv.errorsText(validate.errors)}`).to.equal(true);
          } finally {
            await emu.close();
          }
        });
      }
    });
  }
});
