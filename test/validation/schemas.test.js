'use strict';
// The imported schemas (schemas/*.json), the checker the client validates with
// (lib/validation/check.ts) and the synthesizer the emulator answers with
// (lib/validation/synthesize.ts). Ajv, an independent implementation of the same
// draft, is the reference: the schemas must compile with it, and the checker must
// reach its verdict on valid documents and on documents broken on purpose.
const fs = require('fs');
const path = require('path');
const { expect } = require('chai');
const Ajv = require('ajv').default;
const addFormats = require('ajv-formats').default;
const { schemas, checkSchema, synthesize, FORMATS } = require('../../dist/internal.js');

const ROOT = path.join(__dirname, '..', '..');
const SCHEMA_DIR = path.join(ROOT, 'schemas');
const DRAFT_07 = 'http://json-schema.org/draft-07/schema#';
const files = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.json')).sort();
// The import the schemas and the tables come from (version, source, digest and banner).
const API = require('../../lib/actions/api.json');
const read = (name) => JSON.parse(fs.readFileSync(path.join(SCHEMA_DIR, `${name}.json`), 'utf8'));
const used = Object.keys(schemas).sort();

/** Every value of `key` anywhere in a JSON document. */
function collect(node, key, out = []) {
  if (Array.isArray(node)) node.forEach((n) => collect(n, key, out));
  else if (node && typeof node === 'object') {
    for (const k of Object.keys(node)) {
      if (k === key) out.push(node[k]);
      collect(node[k], key, out);
    }
  }
  return out;
}

function referenceAjv() {
  // strict: false, because the published schemas use keywords the draft does not define (`min`, `max`).
  const ajv = new Ajv({ strict: false, allErrors: false, allowUnionTypes: true });
  addFormats(ajv);
  for (const f of files) ajv.addSchema(read(f.slice(0, -5)));
  return ajv;
}

/** Documents that break `doc` in one place each, from what the schema says about its top level. */
function mutations(name, doc) {
  const schema = read(name);
  const out = [];
  if (schema.type === 'object' && doc && typeof doc === 'object' && !Array.isArray(doc)) {
    for (const key of schema.required || []) {
      const copy = { ...doc };
      delete copy[key];
      out.push([`without required ${key}`, copy]);
    }
    if (schema.additionalProperties === false && !schema.patternProperties) out.push(['with an unknown key', { ...doc, notAKey: 1 }]);
    for (const key of Object.keys(schema.properties || {})) {
      const prop = schema.properties[key];
      if (prop.type === 'string') out.push([`${key} as a number`, { ...doc, [key]: 12 }]);
      if (prop.type === 'string' && prop.maxLength) out.push([`${key} too long`, { ...doc, [key]: 'x'.repeat(prop.maxLength + 1) }]);
      if (prop.enum) out.push([`${key} outside its enum`, { ...doc, [key]: 'not-a-value' }]);
      if (prop.pattern) out.push([`${key} against its pattern`, { ...doc, [key]: '!' }]);
      if (prop.type === 'array') out.push([`${key} as an object`, { ...doc, [key]: {} }]);
    }
  }
  out.push(['as the wrong type', Array.isArray(doc) ? {} : typeof doc === 'string' ? 12 : 'text']);
  return out;
}

describe('schemas/: the imported schemas', function () {
  this.timeout(120000);

  it('has the 335 published schemas of API 1.30.0, each draft-07 with its $id, a title and the import banner', () => {
    // The description's schemas/ holds 336 files; apiExamples.json is no schema (its examples go into the others).
    expect(files).to.have.length(335);
    for (const f of files) {
      const s = read(f.slice(0, -5));
      expect(s.$schema, f).to.equal(DRAFT_07);
      expect(s.$id, f).to.equal(`https://losant-org-client/schemas/${f}`);
      expect(s.title, f).to.be.a('string').and.not.equal('');
      expect(s.$comment, f).to.match(/^GENERATED FILE — DO NOT EDIT\. Imported from the Losant API description \d+\.\d+\.\d+ .* Regenerate with: npm run import -- <description folder>$/);
      // The same import as the tables: the banner api.json records.
      expect(s.$comment, f).to.equal(API.$comment);
    }
  });

  it('has no dangling reference: each $ref is "#", a local definition or another schema file', () => {
    for (const f of files) {
      const s = read(f.slice(0, -5));
      for (const ref of collect(s, '$ref')) {
        if (ref === '#') continue;
        const m = /^#\/definitions\/(.+)$/.exec(ref);
        if (m) {
          expect(s.definitions && s.definitions[m[1]], `${f}: ${ref}`).to.be.an('object');
          continue;
        }
        expect(fs.existsSync(path.join(SCHEMA_DIR, ref)), `${f}: ${ref}`).to.equal(true);
      }
    }
  });

  it('has only patterns that compile as Unicode regular expressions', () => {
    let count = 0;
    for (const f of files) {
      for (const p of collect(read(f.slice(0, -5)), 'pattern')) {
        if (typeof p !== 'string') continue;
        expect(() => new RegExp(p, 'u'), `${f}: ${p}`).not.to.throw();
        count++;
      }
    }
    expect(count).to.be.above(900);
  });

  it('fixes the published mess as the import rules say', () => {
    // mis-nested, then embedded: the lifted item schema is the published orgInvite schema.
    const invites = read('orgInvites');
    expect(invites.items).to.deep.equal({ $ref: 'orgInvite.json' });
    expect(Object.keys(read('orgInvite').properties)).to.include.members(['id', 'email', 'role', 'inviteDate']);
    expect(read('devices').properties.items.items).to.deep.equal({ $ref: 'device.json' });
    expect(collect(read('instanceOrgPost'), 'maxItems').every((n) => typeof n === 'number')).to.equal(true);
    expect(collect(read('advancedDeviceQuery'), '$ref')).to.include('#');
    expect(collect(read('dataExport'), '$ref')).to.include('advancedDeviceQuery.json');
    expect(collect(read('dashboardPost'), 'pattern')).to.include('.*\\{\\{.+\\}\\}.*');
    for (const list of collect(read('validateContextError'), 'anyOf')) expect(list.every((s) => !Array.isArray(s))).to.equal(true);
  });

  it('compiles with Ajv, every schema an action uses', () => {
    const ajv = referenceAjv();
    expect(used.length).to.be.above(250);
    for (const name of used) expect(() => ajv.getSchema(`https://losant-org-client/schemas/${name}.json`), name).not.to.throw();
  });
});

describe('lib/validation: checker and synthesizer against Ajv', function () {
  this.timeout(300000);
  let ajv;
  before(() => {
    ajv = referenceAjv();
  });
  const ajvValid = (name, doc) => ajv.getSchema(`https://losant-org-client/schemas/${name}.json`)(doc);

  it('synthesizes a valid document for every schema, minimal and full, the same each time', () => {
    for (const name of used) {
      for (const full of [false, true]) {
        const doc = synthesize(schemas[name], { full });
        expect(ajvValid(name, doc), `${name} full=${full}`).to.equal(true);
        expect(checkSchema(schemas[name], doc), `${name} full=${full}`).to.equal(undefined);
        expect(synthesize(schemas[name], { full })).to.deep.equal(doc);
      }
    }
  });

  it('keeps a full document\'s lists within maxItems, down to an empty one', () => {
    const doc = {
      name: 'inline',
      refs: {},
      root: { type: 'object', properties: { none: { type: 'array', items: { type: 'object' }, maxItems: 0 }, some: { type: 'array', items: { type: 'string' } } } },
    };
    expect(synthesize(doc, { full: true })).to.deep.equal({ none: [], some: ['example some'] });
  });

  it('uses the given values where the schema accepts them, and only there', () => {
    const id = '575ed6e87ae143cd83dc4aa8';
    const org = synthesize(schemas.org, { values: { id, name: 'Given Name', creationDate: 'not a date' } });
    expect(org).to.include({ id, name: 'Given Name' });
    expect(org.creationDate).to.equal(undefined);
    const full = synthesize(schemas.org, { full: true, values: { creationDate: 'not a date' } });
    expect(full.creationDate).to.equal('2016-06-13T04:00:00.000Z');
  });

  it('agrees with Ajv on documents broken on purpose', () => {
    let compared = 0;
    let invalid = 0;
    for (const name of used) {
      const doc = synthesize(schemas[name], { full: true });
      for (const [label, broken] of mutations(name, doc)) {
        const theirs = ajvValid(name, broken);
        const mine = checkSchema(schemas[name], broken) === undefined;
        expect(mine, `${name} ${label}`).to.equal(theirs);
        compared++;
        if (!theirs) invalid++;
      }
    }
    expect(compared).to.be.above(1500);
    expect(invalid).to.be.above(1200);
  });

  it('reports the first problem in Ajv\'s shape', () => {
    const issue = checkSchema(schemas.orgInvitePost, { email: 'a@example.com', role: 'boss' });
    expect(issue).to.deep.include({ instancePath: '/role', keyword: 'enum' });
    expect(issue.params.allowedValues).to.deep.equal(['admin', 'edit', 'collaborate', 'view', 'none']);
    expect(checkSchema(schemas.orgInvitePost, { role: 'view' })).to.deep.include({ keyword: 'required', params: { missingProperty: 'email' } });
    expect(checkSchema(schemas.orgPatch, { nme: 'x' })).to.deep.include({ keyword: 'additionalProperties', params: { additionalProperty: 'nme' } });
    const nested = checkSchema(schemas.orgMemberPatch, { userId: '575ed70c7ae143cd83dc4aa9', applicationRoles: [{ resourceId: 'x', role: 'view' }] });
    expect(nested).to.deep.include({ instancePath: '/applicationRoles/0/resourceId', keyword: 'pattern' });
  });

  it('checks what is sent: toJSON applied, undefined properties absent, cycles refused', () => {
    expect(checkSchema(schemas.orgPatch, { name: 'x', description: undefined })).to.equal(undefined);
    const at = { toJSON: () => 'Renamed' };
    expect(checkSchema(schemas.orgPatch, { name: at })).to.equal(undefined);
    const cyclic = { data: {} };
    cyclic.data.self = cyclic;
    expect(checkSchema(schemas.deviceState, cyclic)).to.not.equal(undefined);
  });

  it('follows references into other schema files and back into their own root', () => {
    const query = { $and: [{ name: 'a' }, { $or: [{ id: '575ed6e87ae143cd83dc4aa8' }] }] };
    expect(ajvValid('devicesDataExport', { deviceQuery: query })).to.equal(true);
    expect(checkSchema(schemas.devicesDataExport, { deviceQuery: query })).to.equal(undefined);
    const bad = { $and: [{ $or: [{ id: 'nope' }] }] };
    expect(ajvValid('devicesDataExport', { deviceQuery: bad })).to.equal(false);
    expect(checkSchema(schemas.devicesDataExport, { deviceQuery: bad })).to.not.equal(undefined);
  });
});

describe('lib/validation/formats: the format checkers agree with ajv-formats', () => {
  const reference = require('ajv-formats/dist/formats').fullFormats;
  const theirs = (name, s) => {
    const f = reference[name];
    if (f instanceof RegExp) return f.test(s);
    return typeof f === 'function' ? f(s) : f.validate(s);
  };
  const CASES = {
    'date-time': {
      valid: ['2016-06-13T04:00:00.000Z', '2016-06-13T04:00:00Z', '2016-06-13t04:00:00z', '2016-06-13T04:00:00+05:30',
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
  for (const format of Object.keys(CASES)) {
    it(format, () => {
      for (const s of CASES[format].valid) expect([FORMATS[format](s), theirs(format, s)], s).to.deep.equal([true, true]);
      for (const s of CASES[format].invalid) expect([FORMATS[format](s), theirs(format, s)], s).to.deep.equal([false, false]);
    });
  }
});
