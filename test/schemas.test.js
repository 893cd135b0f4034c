'use strict';

// Checks schemas/*.json against the facts sheet's rules, and the files
// generated from them (lib/generated/types.ts, lib/generated/validators.ts).

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { expect } = require('chai');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const ts = require('typescript');

const ROOT = path.join(__dirname, '..');
const SCHEMA_DIR = path.join(ROOT, 'schemas');
const TYPES_FILE = path.join(ROOT, 'lib', 'generated', 'types.ts');
const VALIDATORS_FILE = path.join(ROOT, 'lib', 'generated', 'validators.ts');
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';

// file basename -> [display title, exported TypeScript name]
const EXPECTED = {
  success: ['Success', 'Success'],
  error: ['Error', 'ErrorBody'],
  deviceCounts: ['Device Counts', 'DeviceCounts'],
  org: ['Organization', 'Organization'],
  orgInvitePost: ['Organization Invitation Post', 'OrganizationInvitationPost'],
  orgInvites: ['Organization Invitations', 'OrganizationInvitations'],
  orgMemberPatch: ['Organization Member Patch', 'OrganizationMemberPatch'],
  notebookMinuteCounts: ['Notebook Minute Counts', 'NotebookMinuteCounts'],
  orgPatch: ['Organization Patch', 'OrganizationPatch'],
  payloadStats: ['Payload Stats', 'PayloadStats'],
  payloadCountsBreakdown: ['Payload Counts Breakdown', 'PayloadCountsBreakdown'],
  resourceTransfer: ['Resource Transfer', 'ResourceTransfer'],
};
const NAMES = Object.keys(EXPECTED).sort();

const ID = '575ed6e87ae143cd83dc4aa8';
const ID2 = '575ed70c7ae143cd83dc4aa9';
const DATE = '2016-06-13T04:00:00.000Z';

function readSchema(name) {
  return JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.json`), 'utf8'));
}

function newAjv() {
  const ajv = new Ajv({ strict: true, allErrors: false });
  addFormats(ajv);
  return ajv;
}

/** Every value of `key` anywhere in a JSON document. */
function collect(node, key, out) {
  out = out || [];
  if (Array.isArray(node)) node.forEach((n) => collect(n, key, out));
  else if (node && typeof node === 'object') {
    Object.keys(node).forEach((k) => {
      if (k === key) out.push(node[k]);
      collect(node[k], key, out);
    });
  }
  return out;
}

/** lib/generated/validators.ts, transpiled in memory and evaluated with no module loader. */
function loadGeneratedValidators() {
  const source = fs.readFileSync(VALIDATORS_FILE, 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2018 },
  });
  const exportsObj = {};
  const noRequire = (id) => {
    throw new Error(`generated validators tried to require(${JSON.stringify(id)})`);
  };
  // eslint-disable-next-line no-new-func
  new Function('exports', 'require', 'module', outputText)(exportsObj, noRequire, {});
  return exportsObj.validators;
}

describe('schemas', function () {
  let ajv;
  let compiled;
  let generated;

  before(function () {
    this.timeout(20000);
    ajv = newAjv();
    compiled = {};
    NAMES.forEach((name) => {
      compiled[name] = ajv.compile(readSchema(name));
    });
    generated = loadGeneratedValidators();
  });

  /** Valid per Ajv at test time, and the generated validator agrees. */
  function check(name, data) {
    const ok = compiled[name](data);
    const gen = generated[name];
    const genOk = gen(data);
    expect(genOk, `generated validators.${name} disagrees with Ajv on ${JSON.stringify(data).slice(0, 200)}`)
      .to.equal(ok);
    if (!ok) {
      // Same first error as a freshly compiled Ajv validator.
      expect(gen.errors[0].keyword).to.equal(compiled[name].errors[0].keyword);
      expect(gen.errors[0].instancePath).to.equal(compiled[name].errors[0].instancePath);
    }
    return { ok, errors: compiled[name].errors };
  }

  function expectValid(name, data) {
    const { ok, errors } = check(name, data);
    expect(ok, `${name} should accept ${JSON.stringify(data).slice(0, 200)}: ${JSON.stringify(errors)}`).to.equal(true);
  }

  function expectInvalid(name, data, keyword, instancePath) {
    const { ok, errors } = check(name, data);
    expect(ok, `${name} should reject ${JSON.stringify(data).slice(0, 200)}`).to.equal(false);
    if (keyword) expect(errors[0].keyword).to.equal(keyword);
    if (instancePath !== undefined) expect(errors[0].instancePath).to.equal(instancePath);
  }

  it('has exactly the 12 schema files of the facts sheet', function () {
    const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort();
    expect(files).to.deep.equal(NAMES.map((n) => `${n}.json`));
  });

  NAMES.forEach((name) => {
    describe(`${name}.json`, function () {
      let schema;
      before(function () {
        schema = readSchema(name);
      });

      it('is a valid, strict draft-07 schema', function () {
        expect(schema.$schema).to.equal(DRAFT_07);
        const fresh = newAjv();
        expect(fresh.validateSchema(schema), JSON.stringify(fresh.errors)).to.equal(true);
        expect(() => fresh.compile(schema)).to.not.throw();
      });

      it('has $id, the facts sheet title, a description and examples', function () {
        expect(schema.$id).to.be.a('string').and.match(new RegExp(`/${name}\\.json$`));
        expect(schema.title).to.equal(EXPECTED[name][0]);
        expect(schema.description).to.be.a('string').that.is.not.empty;
        expect(schema.examples).to.be.an('array').that.is.not.empty;
      });

      it('is self-contained (only local $refs)', function () {
        collect(schema, '$ref').forEach((ref) => expect(ref).to.match(/^#\/definitions\/\w+$/));
      });

      it('uses the 24-hex-digit id pattern for every pattern', function () {
        collect(schema, 'pattern').forEach((p) => expect(p).to.equal('^[A-Fa-f\\d]{24}$'));
      });

      it('accepts each of its examples (Ajv and the generated validator)', function () {
        schema.examples.forEach((example) => expectValid(name, example));
      });
    });
  });

  describe('request bodies are strict', function () {
    it('orgInvitePost', function () {
      expectValid('orgInvitePost', { email: 'example@example.com', role: 'view' });
      expectInvalid('orgInvitePost', { role: 'view' }, 'required', '');
      expectInvalid('orgInvitePost', { email: 'example@example.com' }, 'required', '');
      expectInvalid('orgInvitePost', { email: 'a@b.co', role: 'bad' }, 'enum', '/role');
      expectInvalid('orgInvitePost', { email: 'a@b.co', role: 'owner' }, 'enum', '/role');
      expectInvalid('orgInvitePost', { email: 'a@b.co', role: 'view', extra: 1 }, 'additionalProperties', '');
      expectInvalid('orgInvitePost', { email: 'not-an-email', role: 'view' }, 'format', '/email');
      expectInvalid('orgInvitePost', { email: `${'a'.repeat(1020)}@b.co`, role: 'view' }, 'maxLength', '/email');
      expectInvalid('orgInvitePost', { email: 'a@b.co', role: 'view', disallowTransfer: 'yes' }, 'type', '/disallowTransfer');
      const roles = (items) => ({ email: 'a@b.co', role: 'view', applicationRoles: items });
      expectValid('orgInvitePost', roles([{ resourceId: ID, role: 'collaborate' }]));
      expectInvalid('orgInvitePost', roles([{ resourceId: 'abc', role: 'view' }]), 'pattern', '/applicationRoles/0/resourceId');
      expectInvalid('orgInvitePost', roles([{ resourceId: ID, role: 'admin' }]), 'enum', '/applicationRoles/0/role');
      expectInvalid('orgInvitePost', roles([{ resourceId: ID }]), 'required', '/applicationRoles/0');
      expectInvalid('orgInvitePost', roles([{ resourceId: ID, role: 'view', x: 1 }]), 'additionalProperties', '/applicationRoles/0');
      const many = Array.from({ length: 1001 }, () => ({ resourceId: ID, role: 'view' }));
      expectInvalid('orgInvitePost', { email: 'a@b.co', role: 'view', dashboardRoles: many }, 'maxItems', '/dashboardRoles');
    });

    it('orgMemberPatch', function () {
      expectValid('orgMemberPatch', { userId: ID2, role: 'edit' });
      expectValid('orgMemberPatch', { userId: ID2 });
      expectInvalid('orgMemberPatch', { role: 'edit' }, 'required', '');
      expectInvalid('orgMemberPatch', { userId: '575ed70c7ae143cd83dc4aa', role: 'edit' }, 'pattern', '/userId');
      expectInvalid('orgMemberPatch', { userId: '575ed70c7ae143cd83dc4aaz', role: 'edit' }, 'pattern', '/userId');
      expectInvalid('orgMemberPatch', { userId: `${ID2}0`, role: 'edit' }, 'pattern', '/userId');
      expectInvalid('orgMemberPatch', { userId: ID2, role: 'boss' }, 'enum', '/role');
      expectInvalid('orgMemberPatch', { userId: ID2, email: 'a@b.co' }, 'additionalProperties', '');
      expectInvalid('orgMemberPatch', { userId: ID2, dashboardRoles: [{ resourceId: ID, role: 'edit' }] }, 'enum', '/dashboardRoles/0/role');
    });

    it('orgPatch', function () {
      expectValid('orgPatch', { name: 'My Updated Organization' });
      expectValid('orgPatch', {});
      expectInvalid('orgPatch', { name: 'x', members: [] }, 'additionalProperties', '');
      expectInvalid('orgPatch', { id: ID }, 'additionalProperties', '');
      expectInvalid('orgPatch', { name: '' }, 'minLength', '/name');
      expectInvalid('orgPatch', { name: 'x'.repeat(256) }, 'maxLength', '/name');
      expectInvalid('orgPatch', { name: 42 }, 'type', '/name');
      expectInvalid('orgPatch', { iconColor: 'x'.repeat(65) }, 'maxLength', '/iconColor');
      expectInvalid('orgPatch', { description: 'x'.repeat(32768) }, 'maxLength', '/description');
      expectInvalid('orgPatch', { billingEmail: 'billing' }, 'format', '/billingEmail');
      // Lengths count code points: 255 emoji (510 UTF-16 units) is a valid name.
      expectValid('orgPatch', { name: '\u{1F600}'.repeat(255) });
      expectInvalid('orgPatch', { name: '\u{1F600}'.repeat(256) }, 'maxLength', '/name');
    });

    it('resourceTransfer', function () {
      expectValid('resourceTransfer', { destinationId: ID, destinationType: 'user', applicationIds: ['575ec8687ae143cd83dc4a97'] });
      expectValid('resourceTransfer', { destinationId: ID, destinationType: 'organization' });
      expectInvalid('resourceTransfer', { destinationId: ID, destinationType: 'team' }, 'enum', '/destinationType');
      expectInvalid('resourceTransfer', { destinationType: 'user' }, 'required', '');
      expectInvalid('resourceTransfer', { destinationId: ID }, 'required', '');
      expectInvalid('resourceTransfer', { destinationId: 'not-an-id', destinationType: 'user' }, 'pattern', '/destinationId');
      expectInvalid('resourceTransfer', { destinationId: ID, destinationType: 'user', applicationIds: [ID, 'x'] }, 'pattern', '/applicationIds/1');
      expectInvalid('resourceTransfer', { destinationId: ID, destinationType: 'user', strict: 1 }, 'type', '/strict');
      expectInvalid('resourceTransfer', { destinationId: ID, destinationType: 'user', deviceIds: [] }, 'additionalProperties', '');
      const ids = Array.from({ length: 1001 }, () => ID);
      expectInvalid('resourceTransfer', { destinationId: ID, destinationType: 'user', dashboardIds: ids }, 'maxItems', '/dashboardIds');
    });
  });

  describe('response types', function () {
    it('allow fields the server may add, except where the facts forbid them', function () {
      expectValid('org', { id: ID, name: 'x', _links: { self: { href: '/orgs/x' } } });
      expectValid('orgInvites', [{ id: ID, email: 'a@b.co', role: 'view', _links: {} }]);
      expectValid('success', { success: true, extra: 1 });
      expectInvalid('org', { limits: { device: 1, gadgets: 2 } }, 'additionalProperties', '/limits');
      expectInvalid('org', { members: [{ applicationRoles: [{ resourceId: ID, role: 'view', x: 1 }] }] },
        'additionalProperties', '/members/0/applicationRoles/0');
    });

    it('check org fields', function () {
      expectValid('org', { disabledAt: false });
      expectValid('org', { disabledAt: DATE });
      expectInvalid('org', { disabledAt: true });
      expectInvalid('org', { disabledAt: 'yesterday' });
      expectInvalid('org', { limits: { dataTTL: 3600 } }, 'minimum', '/limits/dataTTL');
      expectValid('org', { limits: { dataTTL: 86400, device: 0 } });
      expectInvalid('org', { limits: { device: -1 } }, 'minimum', '/limits/device');
      expectInvalid('org', { limits: { device: 1.5 } }, 'type', '/limits/device');
      expectInvalid('org', { subscriptionStatus: 'free' }, 'enum', '/subscriptionStatus');
      expectInvalid('org', { name: '' }, 'minLength', '/name');
      expectInvalid('org', { whitelistedEmailDomains: ['ab'] }, 'minLength', '/whitelistedEmailDomains/0');
      expectInvalid('org', { members: [{ avatarUrl: 'not a uri' }] }, 'format', '/members/0/avatarUrl');
      expectInvalid('org', { members: [{ role: 'owner' }] }, 'enum', '/members/0/role');
      expectInvalid('org', { members: [{ firstName: '' }] }, 'minLength', '/members/0/firstName');
      expectValid('org', { summary: { payloadCount: { mqttIn: { [ID]: 4, other: 2.5 } } } });
      expectInvalid('org', { summary: { payloadCount: { mqttIn: { [ID]: '4' } } } }, 'type', `/summary/payloadCount/mqttIn/${ID}`);
    });

    it('check the other response types', function () {
      expectInvalid('success', { success: false }, 'enum', '/success');
      expectInvalid('error', { type: 404 }, 'type', '/type');
      expectInvalid('orgInvites', { id: ID }, 'type', '');
      expectInvalid('orgInvites', [{ role: 'x' }], 'enum', '/0/role');
      expectInvalid('orgInvites', [{ inviteDate: '2016-06-13' }], 'format', '/0/inviteDate');
      expectInvalid('deviceCounts', { counts: [{ date: DATE, created: 1.5 }] }, 'type', '/counts/0/created');
      expectInvalid('notebookMinuteCounts', { start: 'today' }, 'format', '/start');
      expectInvalid('payloadStats', { mqttIn: { a: 'b' } }, 'type', '/mqttIn/a');
      expectInvalid('payloadStats', { mqttIn: [] }, 'type', '/mqttIn');
      expectInvalid('payloadCountsBreakdown', { resolution: 60000 }, 'enum', '/resolution');
      expectValid('payloadCountsBreakdown', { resolution: 3600000, asBytes: true, includeNonBillable: false });
      expectInvalid('payloadCountsBreakdown', { asBytes: 'true' }, 'type', '/asBytes');
    });
  });

  describe('format checkers of the generated validators', function () {
    let mine;
    let reference;
    before(async function () {
      const mod = await import('../scripts/lib/formats.mjs');
      mine = mod.createFormats();
      const formats = require('ajv-formats/dist/formats').fullFormats;
      reference = (name, s) => {
        const f = formats[name];
        if (f instanceof RegExp) return f.test(s);
        return typeof f === 'function' ? f(s) : f.validate(s);
      };
    });

    const CASES = {
      'date-time': {
        valid: [DATE, '2016-06-13T04:00:00Z', '2016-06-13t04:00:00z', '2016-06-13T04:00:00+05:30',
          '2016-06-13T04:00:00-08:00', '2016-02-29T00:00:00Z', '2000-02-29T00:00:00Z', '2016-12-31T23:59:60Z'],
        invalid: ['2016-06-13T04:00:00', '2016-06-13', '2015-02-29T00:00:00Z', '1900-02-29T00:00:00Z',
          '2016-04-31T00:00:00Z', '2016-13-01T00:00:00Z', '2016-06-13T24:00:00Z', '2016-06-13T23:60:00Z',
          '2016-12-31T22:59:60Z', '2016-06-13T04:00:00+24:00', 'not a date', ''],
      },
      email: {
        valid: ['example@example.com', 'a@b.co', 'first.last+tag@sub.example.org', 'user_name@example-domain.com'],
        invalid: ['a@b', 'a b@c.com', '.a@b.com', 'a.@b.com', 'a..b@c.com', 'a@-b.com', '@example.com', 'example@', ''],
      },
      uri: {
        valid: ['https://example.com/a.png', 'http://example.com', 'mailto:example@example.com',
          'urn:isbn:0451450523', 'https://example.com/a%20b?q=1#frag', 'http://[::1]:8080/'],
        invalid: ['example.com/x', '/relative/path', 'http://exa mple.com', 'http://x/%zz', 'http://a/#b#c', '1http://x', ''],
      },
    };

    Object.keys(CASES).forEach((format) => {
      it(`${format} agrees with ajv-formats`, function () {
        CASES[format].valid.forEach((s) => {
          expect(mine[format](s), s).to.equal(true);
          expect(reference(format, s), s).to.equal(true);
        });
        CASES[format].invalid.forEach((s) => {
          expect(mine[format](s), s).to.equal(false);
          expect(reference(format, s), s).to.equal(false);
        });
      });
    });
  });

  describe('generated files', function () {
    function runCheck(script) {
      const res = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), '--check'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(res.status, `${script} --check: ${res.stderr}${res.stdout}`).to.equal(0);
    }

    it('lib/generated/types.ts is up to date', function () {
      this.timeout(60000);
      runCheck('build-types.mjs');
    });

    it('lib/generated/validators.ts is up to date', function () {
      this.timeout(60000);
      runCheck('build-validators.mjs');
    });

    it('types.ts exports the expected names and no catch-all index signatures', function () {
      const src = fs.readFileSync(TYPES_FILE, 'utf8');
      expect(src.startsWith('/* eslint-disable */\n// GENERATED FILE')).to.equal(true);
      NAMES.forEach((name) => {
        expect(src).to.match(new RegExp(`^export (interface|type) ${EXPECTED[name][1]}\\b`, 'm'));
        expect(src).to.match(new RegExp(`^  ${name}: ${EXPECTED[name][1]};$`, 'm'));
      });
      expect(src).to.match(/^export type SchemaName =/m);
      expect(src).to.not.match(/^export (interface|type) Error\b/m);
      expect(src).to.not.match(/\[k: string\]: (unknown|any)/);
      const code = src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '');
      expect(code).to.not.match(/\b(unknown|any)\b/);
      const indexSignatures = src.match(/\[k: string\]: [^;]+;/g) || [];
      indexSignatures.forEach((sig) => expect(sig).to.equal('[k: string]: number;'));
    });

    it('validators.ts imports nothing and exports one validator per schema', function () {
      const src = fs.readFileSync(VALIDATORS_FILE, 'utf8');
      expect(src.startsWith('/* eslint-disable */\n// GENERATED FILE')).to.equal(true);
      expect(src).to.not.match(/\brequire\s*\(/);
      expect(src).to.not.match(/^\s*import\s/m);
      expect(src).to.not.match(/\bfrom\s+['"]/);
      expect(Object.keys(generated).sort()).to.deep.equal(NAMES);
      NAMES.forEach((name) => expect(generated[name]).to.be.a('function'));
    });

    it('generated validators report the first error in Ajv format', function () {
      const v = generated.orgInvitePost;
      expect(v({ email: 'a@b.co', role: 'bad' })).to.equal(false);
      expect(v.errors).to.have.length(1);
      expect(v.errors[0]).to.include({ keyword: 'enum', instancePath: '/role' });
      expect(v.errors[0].params.allowedValues).to.deep.equal(['admin', 'edit', 'collaborate', 'view', 'none']);
      expect(v({ email: 'a@b.co', role: 'view' })).to.equal(true);
      expect(v.errors).to.equal(null);
    });
  });
});
