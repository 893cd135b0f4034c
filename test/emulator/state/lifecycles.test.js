'use strict';
// Issue 12: the life cycle of every collection/item pair of the API, through the client
// in both styles. The pairs are found here from the action table by the same convention
// the issue states (a list path answering GET, and an item path one segment longer
// answering GET; `/files` with `/file/{fileId}`), independently of the emulator's model.
// Each pair with a create: create three items, read them, list them (filter, sort, page),
// patch one, delete one (404 after); each pair with children: deleting the parent removes
// them. Pairs without a create (seeded only): read and list the seed's item.
const { expect } = require('chai');
const { createClient } = require('../../..');
const { startEmulator } = require('../../../dist/emulator.js');
const { allActions, schemas, synthesize } = require('../../../dist/internal.js');
const { call, expectDocumented } = require('../../helpers/emulator-calls');

const byPath = {};
for (const resource of Object.keys(allActions)) {
  for (const action of Object.keys(allActions[resource])) {
    const spec = allActions[resource][action];
    (byPath[spec.path] = byPath[spec.path] || []).push({ resource, action, spec });
  }
}
const withMethod = (path, method) => (byPath[path] || []).filter((r) => r.spec.method === method)[0];

function pairOf(listPath, itemPath) {
  const list = withMethod(listPath, 'GET');
  const get = withMethod(itemPath, 'GET');
  if (!list || !get) return undefined;
  const params = itemPath.match(/\{\w+\}/g).map((p) => p.slice(1, -1));
  return {
    name: list.resource, listPath, itemPath, idParam: params[params.length - 1], scope: params.slice(0, -1),
    list, get, create: withMethod(listPath, 'POST'), patch: withMethod(itemPath, 'PATCH'), remove: withMethod(itemPath, 'DELETE'),
  };
}

const PAIRS = [pairOf('/applications/{applicationId}/files', '/applications/{applicationId}/file/{fileId}')];
for (const path of Object.keys(byPath)) {
  const m = /^(.*)\/\{\w+\}$/.exec(path);
  if (m && byPath[m[1]]) PAIRS.push(pairOf(m[1], path));
}
const pairs = PAIRS.filter(Boolean);
/** The pairs directly inside one (a device inside an application; not its data tables' rows). */
const childrenOf = (pair) => pairs.filter((p) => p !== pair && p.listPath.indexOf(`${pair.itemPath}/`) === 0 && p.create && p.scope.length === pair.scope.length + 1);

/** The field that names an item of the pair, and the three values the test gives it. */
const LABELS = ['name', 'subject', 'version', 'email', 'domainName', 'slug', 'route', 'crop'];
function labelOf(pair) {
  const body = pair.create && pair.create.spec.params.filter((p) => p.in === 'body')[0];
  const props = body ? Object.keys(schemas[body.schema.name].root.properties || {}) : [];
  // A row's fields are its table's columns; a new org member is named by email (its body is one of two forms).
  if (pair.name === 'dataTableRows') return 'crop';
  if (pair.name === 'instanceOrgMembers') return 'email';
  return LABELS.filter((l) => props.indexOf(l) !== -1)[0];
}
// A device attribute's name is its id in the path: letters, digits, `_` and `-` only.
const NAME_LIKE_ID = ['deviceAttributes'];
const labelValue = (label, letter, pair) => (pair && NAME_LIKE_ID.indexOf(pair.name) !== -1 ? `life-${letter}` : ({
  email: `life-${letter}@example.com`, domainName: `life-${letter}.example.com`, route: `/life-${letter}`,
  version: `life-${letter}`, slug: `life-${letter}`,
}[label] || `Life ${letter.toUpperCase()}`));

/** Values for required fields no naming rule can tell. */
const EXTRA = {
  instanceMembers: { role: 'view' },
  instanceOrgMembers: { role: 'view' },
  instanceOrgInvites: { role: 'view' },
  experienceUsers: { password: 'life-password-1' },
  dataTables: { columns: [{ name: 'crop', dataType: 'string', constraint: 'optional' }] },
};
/** Bodies that are one of several forms: sent as the values alone, so they pick the form (a member by email). */
const AS_GIVEN = ['instanceMembers', 'instanceOrgMembers'];

describe('emulator: the life cycle of every collection/item pair (issue 12)', () => {
  let emu;
  let client;
  before(async () => {
    emu = await startEmulator();
    client = createClient({ url: emu.url, accessToken: emu.demo.token, retries: 0 });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  it('finds 48 pairs in the table, 39 of them with a create', () => {
    expect(pairs).to.have.length(48);
    expect(pairs.filter((p) => p.create)).to.have.length(39);
  });

  /** The seeded item of a pair: the caller's own invitation for `/me/invites` (demo.inviteId is one her organization sent). */
  const seededId = (pair) => (pair.name === 'me' ? emu.demo.myInviteId : emu.demo[pair.idParam]);
  const scopeOf = (pair) => {
    const scope = {};
    for (const p of pair.scope) scope[p] = emu.demo[p];
    return scope;
  };
  const run = (ref, params, style) => call(client[ref.resource][ref.action], params, style);
  const documented = async (ref, params, style) => {
    const result = await run(ref, params, style);
    expectDocumented(ref.resource, ref.action, result);
    return result;
  };
  const missing = async (ref, params, style) => {
    const err = await run(ref, params, style).then(() => null, (e) => e);
    expect(err && err.statusCode, `${ref.resource}.${ref.action} after delete`).to.equal(404);
  };
  const bodyParam = (ref) => ref.spec.params.filter((p) => p.in === 'body')[0];

  async function create(pair, scope, letter, style) {
    const label = labelOf(pair);
    const body = bodyParam(pair.create);
    const values = Object.assign({}, EXTRA[pair.name], label ? { [label]: labelValue(label, letter, pair) } : {});
    const value = AS_GIVEN.indexOf(pair.name) !== -1 ? values : Object.assign(synthesize(body.schema, { values }), values);
    const params = Object.assign({}, scope, body ? { [body.name]: value } : {});
    const created = await documented(pair.create, params, style);
    // Some creates answer with the whole collection (an invite): find the new item in a list.
    let id = created && (created.id || created[pair.idParam]);
    if (!id) {
      const listed = await run(pair.list, scope, style);
      id = listed.items.filter((i) => i[label] === values[label])[0].id;
    }
    expect(id, `${pair.name}: the new item's id`).to.be.a('string');
    return { id, label, value: values[label] };
  }

  for (const pair of pairs) {
    if (!pair.create) {
      it(`${pair.name}: the seeded item is read and listed${pair.remove ? ', then deleted (404 after)' : ''}`, async () => {
        const scope = scopeOf(pair);
        const id = seededId(pair);
        const item = await documented(pair.get, Object.assign({ [pair.idParam]: id }, scope), 'promise');
        expect(item.id || item[pair.idParam]).to.equal(id);
        const listed = await documented(pair.list, scope, 'callback');
        expect((listed.items || listed).map((i) => i.id)).to.include(id);
        if (pair.remove) {
          await documented(pair.remove, Object.assign({ [pair.idParam]: id }, scope), 'promise');
          await missing(pair.get, Object.assign({ [pair.idParam]: id }, scope), 'promise');
        }
      });
      continue;
    }
    for (const style of ['callback', 'promise']) {
      it(`${pair.name}: create, read, list (filter, sort, page), patch, delete (${style})`, async () => {
        emu.reset();
        const scope = scopeOf(pair);
        const before = await documented(pair.list, scope, style);
        const made = [];
        for (const letter of ['a', 'c', 'b']) made.push(await create(pair, scope, letter, style));
        const ids = made.map((m) => m.id);
        const label = made[0].label;
        for (const m of made) {
          const item = await documented(pair.get, Object.assign({ [pair.idParam]: m.id }, scope), style);
          if (label) expect(item[label], `${pair.name}.${label}`).to.equal(m.value);
        }
        const after = await documented(pair.list, scope, style);
        if (before.totalCount !== undefined) expect(after.totalCount).to.equal(before.totalCount + 3);
        expect(after.items.map((i) => i.id || i[pair.idParam])).to.include.members(ids);
        const takes = (name) => pair.list.spec.params.filter((p) => p.name === name)[0];
        const accepts = (name, value) => takes(name) && (!takes(name).enum || takes(name).enum.indexOf(value) !== -1);
        const mine = (list) => list.items.filter((i) => ids.indexOf(i.id || i[pair.idParam]) !== -1).map((i) => i[label]);
        if (label && accepts('sortField', label)) {
          const asc = await documented(pair.list, Object.assign({ sortField: label, sortDirection: 'asc' }, scope), style);
          expect(mine(asc)).to.deep.equal([labelValue(label, 'a', pair), labelValue(label, 'b', pair), labelValue(label, 'c', pair)]);
          const desc = await documented(pair.list, Object.assign({ sortField: label, sortDirection: 'desc' }, scope), style);
          expect(mine(desc)).to.deep.equal([labelValue(label, 'c', pair), labelValue(label, 'b', pair), labelValue(label, 'a', pair)]);
        }
        if (label && accepts('filterField', label)) {
          // The part of the values before the letter, then `*`: `Life *`, `life-*`, `/life-*`.
          const first = labelValue(label, 'a', pair);
          const glob = `${first.slice(0, first.search(/[aA](?![a-zA-Z])/))}*`;
          const filtered = await documented(pair.list, Object.assign({ filterField: label, filter: glob }, scope), style);
          expect(filtered.items.map((i) => i.id || i[pair.idParam]).sort(), `filter ${glob}`).to.deep.equal(ids.slice().sort());
          if (takes('perPage')) {
            const paging = Object.assign({ filterField: label, filter: glob, perPage: '2' }, scope);
            const one = await documented(pair.list, Object.assign({ page: '0' }, paging), style);
            const two = await documented(pair.list, Object.assign({ page: '1' }, paging), style);
            expect([one.count, two.count, one.totalCount]).to.deep.equal([2, 1, 3]);
          }
        }
        if (pair.patch) {
          const body = bodyParam(pair.patch);
          // A label that is the item's id in its path (a device attribute's name) names it for good.
          const patchable = body && label && label !== pair.idParam && Object.keys(schemas[body.schema.name].root.properties || {}).indexOf(label) !== -1;
          const changes = patchable ? { [label]: labelValue(label, 'z', pair) } : {};
          const value = body ? Object.assign(synthesize(body.schema, { values: changes }), changes) : undefined;
          await documented(pair.patch, Object.assign({ [pair.idParam]: ids[0] }, scope, body ? { [body.name]: value } : {}), style);
          const patched = await documented(pair.get, Object.assign({ [pair.idParam]: ids[0] }, scope), style);
          if (patchable) expect(patched[label]).to.equal(labelValue(label, 'z', pair));
        }
        if (pair.remove) {
          await documented(pair.remove, Object.assign({ [pair.idParam]: ids[1] }, scope), style);
          await missing(pair.get, Object.assign({ [pair.idParam]: ids[1] }, scope), style);
          const left = await documented(pair.list, scope, style);
          if (before.totalCount !== undefined) expect(left.totalCount).to.equal(before.totalCount + 2);
        }
      });
    }
    const children = childrenOf(pair);
    if (pair.remove && children.length && pair.name !== 'orgs' && pair.name !== 'instanceOrgs') {
      it(`${pair.name}: deleting one removes what it holds (${children.map((c) => c.name).join(', ')})`, async () => {
        const parent = await create(pair, scopeOf(pair), 'p', 'promise');
        const inside = [];
        for (const child of children) {
          const scope = Object.assign(scopeOf(child), { [pair.idParam]: parent.id });
          inside.push((await create(child, scope, 'k', 'promise')).id);
        }
        for (const id of inside) expect(JSON.stringify(emu.snapshot().resources)).to.include(id);
        await documented(pair.remove, Object.assign({ [pair.idParam]: parent.id }, scopeOf(pair)), 'callback');
        const left = JSON.stringify(emu.snapshot().resources);
        for (const id of inside) expect(left, `${pair.name}: a child ${id} survived its parent`).to.not.include(id);
      });
    }
  }
});
