'use strict';
// Runs the code examples of every docs page against the emulator, the way a reader
// would paste them: each style (callbacks, promises, async/await) on its own, in a fresh
// `vm` context holding `client`, the `my…` placeholders and a captured console, against
// a fresh emulator (so one style's delete cannot make the next fail). Each must log one
// result valid against the action's response schema (a stream: one event valid against
// the event's schema) and never call console.error.
//
// The placeholders are bound as a reader would fill them in: ids from the emulator's demo
// data where it has them, else the table's documented example value; objects synthesized
// from the parameter's schema (dist/internal.js), given those ids as values; the file of
// an upload, a temporary file.
//
// The emulator serves every resource and the client sends every transport, so every
// example of every page runs, uploads and streams included.
const fs = require('fs');
const os = require('os');
const path = require('path');
const vm = require('vm');
const { types } = require('util');
const { expect } = require('chai');
const { createClient, isLosantError } = require('../..');
const { sections, codeBlocks } = require('../../scripts/docs/md-parse.cjs');


const ROOT = path.join(__dirname, '..', '..');
const STYLES = ['callbacks', 'promises', 'async/await'];
const TABLE_DIR = path.join(ROOT, 'lib', 'actions', 'table');
const resources = fs.readdirSync(TABLE_DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(TABLE_DIR, f), 'utf8')));
const internal = () => require(path.join(ROOT, 'dist', 'internal.js'));
const startEmulator = (options) => require(path.join(ROOT, 'dist', 'emulator.js')).startEmulator(options);

/** The documented example of each parameter name, first seen in the table (for those an action documents none for). */
const documentedExamples = {};
for (const r of resources) {
  for (const a of Object.values(r.actions)) {
    for (const p of a.params) if (typeof p.example === 'string' && !(p.name in documentedExamples)) documentedExamples[p.name] = p.example;
  }
}

/** Each page's examples: { resource, title, name, code } per `##` section. */
function pageExamples(resource) {
  return sections(fs.readFileSync(path.join(ROOT, 'docs', `${resource}.md`), 'utf8')).map((s) => {
    const blocks = codeBlocks(s.lines).filter((b) => b.lang === 'javascript');
    const call = new RegExp(`client\\.${resource}\\.(\\w+)\\(`).exec(blocks.length ? blocks[0].code : '');
    return { resource, title: s.title, blocks, name: call && call[1], code: blocks.length ? blocks[0].code : '' };
  });
}

/** One javascript block → its shared preamble (`var params`) and one snippet per `// with <style>` comment. */
function splitStyles(code) {
  const parts = code.split(/^(?=\/\/ with )/m);
  const styles = {};
  for (const part of parts.slice(1)) styles[/^\/\/ with (\S+)/.exec(part)[1]] = part;
  return { preamble: parts[0], styles };
}

/**
 * Values no naming rule can tell, as a reader would choose them: an invite is for someone
 * not yet a member; a transfer goes to a member and moves an application that exists; a
 * login uses the seed's credentials; a password check, the caller's password; a column to
 * remove, one the table has; a new member, a user who belongs nowhere yet; an MQTT message, on
 * the topic the stream example subscribes to. `seed` is the
 * emulator's snapshot.
 */
const CHOSEN_VALUES = {
  'org.inviteMember': () => ({ email: 'new.member@example.com' }),
  'org.transferResources': (demo) => ({ destinationId: demo.userId, destinationType: 'user', applicationIds: [demo.applicationId] }),
  'auth.authenticateUser': (demo) => ({ email: demo.email, password: demo.password }),
  'auth.authenticateDevice': (demo) => ({ key: demo.key, secret: demo.secret }),
  'dataTable.removeColumn': () => ({ columnName: 'zone' }),
  'instanceMembers.post': (demo, seed) => ({ userId: newcomer(seed).id }),
  'instanceOrgInvites.post': () => ({ email: 'new.member@example.com' }),
  'instanceOrgMembers.post': (demo, seed) => ({ userId: newcomer(seed).id }),
  'me.changePassword': (demo) => ({ password: demo.password }),
  'me.enableTwoFactorAuth': (demo) => ({ password: demo.password }),
  'me.disableTwoFactorAuth': (demo) => ({ password: demo.password }),
  'me.delete': (demo, seed) => {
    const member = seed.users.filter((u) => u.id === demo.userId)[0];
    return { email: member.email, password: member.password };
  },
  'me.transferResources': (demo) => ({ destinationId: demo.orgId, destinationType: 'organization' }),
  // A message on the topic the stream's example subscribes to (its documented example).
  'application.mqttPublishMessage': () => ({ topic: 'my/topic' }),
  // The seeded device already has the documented `voltage` attribute (its get, patch and delete
  // examples need it), so the create example adds another.
  'deviceAttributes.post': () => ({ name: 'lightLevel' }),
  // An invite addressed to the reader (the demo's `inviteId` is one her organization sent).
  'me.invite': (demo) => ({ inviteId: demo.myInviteId }),
  'me.respondToInvite': (demo) => ({ inviteId: demo.myInviteId, response: { action: 'accept' } }),
};

/** A user of the seed who belongs to no organization (to add as a member). */
function newcomer(seed) {
  return seed.users.filter((u) => !seed.orgs.some((o) => (o.members || []).some((m) => m.userId === u.id)))[0];
}

/** The token a reader would call with: their own; deleting one's account is done as the member, who is nobody's last admin. */
const tokenFor = (key, demo) => (key === 'me.delete' ? demo.memberToken : demo.token);

/**
 * The value of every `my…` placeholder of one example: `myOrgId` is param `orgId`,
 * `myImportBundlePath` the path of the file for param `importBundle`.
 */
function bind(code, key, action, demo, filePath, seed) {
  const ids = {};
  for (const k of Object.keys(demo)) if (/Id$/.test(k) && typeof demo[k] === 'string' && demo[k]) ids[k] = demo[k];
  const scalar = (p) => (ids[p.name] !== undefined ? ids[p.name] : p.example !== undefined ? p.example : documentedExamples[p.name]);
  const values = Object.assign({}, ids);
  for (const p of action.params) if (!p.schema && p.type !== 'file' && scalar(p) !== undefined) values[p.name] = scalar(p);
  // Chosen values come last: they replace a documented example that names nothing in the seed.
  Object.assign(values, CHOSEN_VALUES[key] ? CHOSEN_VALUES[key](demo, seed || { users: [], orgs: [] }) : {});
  const { schemas, synthesize } = internal();
  const bound = {};
  for (const name of new Set(code.match(/\bmy[A-Z]\w*/g) || [])) {
    const param = (n) => action.params.find((p) => p.name === n[0].toLowerCase() + n.slice(1));
    const direct = param(name.slice(2));
    const file = /Path$/.test(name) ? param(name.slice(2, -4)) : undefined;
    if (file && file.type === 'file') bound[name] = filePath;
    else if (direct && direct.schema) bound[name] = synthesize(schemas[direct.schema], { values });
    else if (direct && values[direct.name] !== undefined) bound[name] = values[direct.name];
    else throw new Error(`${name}: no parameter of the action, no demo id and no documented example to bind it to`);
  }
  return bound;
}

/** Runs a snippet; resolves with the console calls once the first one arrives and the queue has drained. */
function runSnippet(code, globals, filename) {
  return new Promise((resolve, reject) => {
    const calls = [];
    const guard = setTimeout(() => reject(new Error(`${filename}: the example logged nothing in 10 s`)), 10000);
    const settle = () => setImmediate(() => setImmediate(() => {
      clearTimeout(guard);
      resolve(calls);
    }));
    const record = (method) => (...args) => {
      calls.push({ method, args });
      if (calls.length === 1) settle();
    };
    const console = { log: record('log'), error: record('error'), warn: record('warn'), info: record('info') };
    try {
      vm.runInContext(code, vm.createContext(Object.assign({ console, require }, globals)), { filename });
    } catch (err) {
      clearTimeout(guard);
      reject(err);
    }
  });
}

/**
 * What makes a stream deliver its event: the action that feeds it, sent again every
 * 100 ms until the example has logged (its subscription may open after the first send).
 */
const STREAM_FEEDS = {
  'device.stateStream': { resource: 'device', action: 'sendState' },
  'device.commandStream': { resource: 'device', action: 'sendCommand' },
  'application.mqttSubscriptionStream': { resource: 'application', action: 'mqttPublishMessage' },
};

function feedStream(client, key, demo, done) {
  const feed = STREAM_FEEDS[key];
  const resource = resources.find((r) => r.name === feed.resource);
  const action = resource.actions[feed.action];
  const names = action.params.filter((p) => p.required).map((p) => p.name);
  const code = `var params = { ${names.map((n) => `${n}: my${n[0].toUpperCase()}${n.slice(1)}`).join(', ')} };`;
  const params = vm.runInNewContext(`${code} params`, bind(code, `${feed.resource}.${feed.action}`, action, demo));
  const timer = setInterval(() => {
    if (done()) clearInterval(timer);
    else client[feed.resource][feed.action](params).catch(() => {});
  }, 100);
  return () => clearInterval(timer);
}

const isError = (value) => types.isNativeError(value) || isLosantError(value) || value instanceof Error;

/** The schemas a logged value may match: the action's responses, or its events for a stream. */
function expectedSchemas(action) {
  return action.transport === 'eventStream' ? action.events.map((e) => e.schema) : action.responses.map((r) => r.schema);
}

describe('docs/*.md code examples', () => {
  let filePath;
  let demo;
  let seed;
  before(async () => {
    filePath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'docs-examples-')), 'example-upload.bin');
    fs.writeFileSync(filePath, 'An example file to upload\n');
    const emu = await startEmulator({ port: 0 });
    demo = emu.demo;
    seed = emu.snapshot();
    await emu.close();
  });
  after(() => fs.rmSync(path.dirname(filePath), { recursive: true, force: true }));

  for (const resource of resources) {
    const examples = pageExamples(resource.name);
    describe(`docs/${resource.name}.md`, () => {
      it('has one javascript block per action, each valid JavaScript with the three styles', () => {
        expect(examples.map((e) => e.name)).to.deep.equal(Object.keys(resource.actions));
        for (const e of examples) {
          expect(e.blocks, e.title).to.have.length(1);
          expect(Object.keys(splitStyles(e.code).styles), e.title).to.deep.equal(STYLES);
          // The block as a whole must also be valid JavaScript, as readers copy it whole.
          expect(() => new vm.Script(e.code), e.title).to.not.throw();
        }
      });

      it('binds every placeholder, and the client accepts the params of every example', () => {
        const { allActions, checkParams } = internal();
        for (const e of examples) {
          const bound = bind(e.code, `${resource.name}.${e.name}`, resource.actions[e.name], demo, filePath, seed);
          const { preamble } = splitStyles(e.code);
          const params = vm.runInNewContext(`${preamble}\nparams`, Object.assign({ require }, bound));
          const problem = checkParams(allActions[resource.name][e.name], params);
          expect(problem && problem.message, `${resource.name}.${e.name}`).to.equal(undefined);
          for (const p of Object.keys(params)) if (params[p] && typeof params[p].destroy === 'function') params[p].destroy();
        }
      });

      for (const example of examples) {
        describe(example.title, () => {
          for (const style of STYLES) {
            it(`logs a valid result and no error (${style})`, async () => {
              const action = resource.actions[example.name];
              const { preamble, styles } = splitStyles(example.code);
              const emu = await startEmulator({ port: 0 });
              let stopFeed = () => {};
              try {
                const key = `${resource.name}.${example.name}`;
                const client = createClient({ url: emu.url, accessToken: tokenFor(key, emu.demo) });
                const where = `docs/${resource.name}.md: ${example.title} (${style})`;
                const bound = bind(example.code, key, action, emu.demo, filePath, seed);
                let logged = false;
                const running = runSnippet(preamble + styles[style], Object.assign({ client }, bound), where);
                if (action.transport === 'eventStream') {
                  stopFeed = feedStream(client, `${resource.name}.${example.name}`, emu.demo, () => logged);
                }
                const calls = await running;
                logged = true;
                const errors = calls.filter((c) => c.method !== 'log');
                expect(errors, `${where} wrote: ${errors.map((c) => c.args.join(' ')).join('; ')}`).to.deep.equal([]);
                expect(calls, where).to.have.length(1);
                const result = calls[0].args[0];
                expect(isError(result), `${where} logged an error`).to.equal(false);
                const { schemas, checkSchema } = internal();
                const problems = expectedSchemas(action).map((name) => {
                  if (!name) return result === undefined ? undefined : { message: 'expected no body' };
                  const problem = checkSchema(schemas[name], result);
                  // The published schemas require little: an object answer must at least carry a field its schema documents.
                  const documented = Object.keys(schemas[name].root.properties || {});
                  const isObject = result !== null && typeof result === 'object' && !Array.isArray(result);
                  if (!problem && isObject && documented.length && !Object.keys(result).some((k) => documented.indexOf(k) !== -1)) {
                    return { message: `none of the fields of ${name}` };
                  }
                  return problem;
                });
                expect(problems.some((p) => p === undefined), `${where} result: ${JSON.stringify(problems)}`).to.equal(true);
              } finally {
                stopFeed();
                await emu.close();
              }
            });
          }
        });
      }
    });
  }
});
