/**
 * The generic behaviour of every collection/item pair (model.ts): list,
 * create, read, patch and delete its items in the store, with the
 * server-set fields, the documented list behaviour (list.ts), and every
 * stored or returned document conformed to its schema (conform.ts). What
 * differs per pair lives in collection-hooks.ts.
 */
import { invalid } from '../server/api-error';
import { iso } from './clock';
import { checkNamedParents, createFields, filterList, listOwner } from './collection-hooks';
import { conform } from './conform';
import { keepSecrets } from './credential-secrets';
import { documentedProperties } from './documented-properties';
import type { Behaviour, Context } from '../access/context';
import { userIdOf } from '../access/context';
import { newId } from './ids';
import { listPage, listParams } from './list';
import { label } from '../access/locate';
import type { Pair } from './model';
import { hiddenOf, shownOnCreate, visible } from './hidden';
import { withDownloadUrl } from './private-file-urls';
import { removeFrom } from './remove';
import { hasItem, itemsOf, putItem, setField } from './store';
import { indexApiToken, TOKEN_PAIRS } from '../access/token-index';
import type { Item, Json } from './store';

export { visible } from './hidden';

/** The answer's body: `doc` made valid against the action's (first) documented response schema. */
export function answerWith(ctx: Context, doc: Json): Json {
  const schema = ctx.spec.responses[0].schema;
  return schema ? conform(schema, doc, ctx.clock.now()) : doc;
}

/** Conforms a document to the pair's item schema, keeping its hidden fields (which the schema may not know). */
export function store(pair: Pair, doc: Json, now: number): Json {
  const kept = conform(pair.itemSchema, doc, now);
  for (const field of hiddenOf(pair)) if (doc[field] !== undefined) kept[field] = doc[field];
  return kept;
}

function bodyOf(ctx: Context): Json {
  const param = ctx.spec.params.filter((p) => p.in === 'body')[0];
  const value = param ? ctx.params[param.name] : undefined;
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function list(pair: Pair, ctx: Context): Json {
  const params = listParams(ctx);
  const docs = filterList(pair, ctx, itemsOf(ctx.state.store, pair, ctx.params)).map((doc) => withDownloadUrl(pair, ctx, doc));
  const page = listPage(docs, { params, accepts: ctx.spec.params.map((p) => p.name) });
  // The list answers echo the parents' ids and the query's values where their schema has a place for them
  // (`deviceClass`, `tagFilter`, `query`, …); one the schema would not take is left out when conformed.
  const documented = pair.listSchema ? documentedProperties(pair.listSchema) : [];
  for (const spec of ctx.spec.params) {
    const name = spec.name;
    if (spec.in !== 'header' && page[name] === undefined && ctx.params[name] !== undefined && documented.indexOf(name) !== -1) page[name] = ctx.params[name];
  }
  const owner = listOwner(pair, ctx);
  for (const field of Object.keys(owner)) if (documented.indexOf(field) !== -1 && owner[field] !== undefined) page[field] = owner[field];
  return answerWith(ctx, page);
}

/** The fields the server sets on a new item, where the item schema has them. */
function serverFields(pair: Pair, ctx: Context, id: string, now: number): Json {
  const props = documentedProperties(pair.itemSchema);
  const fields: Json = { [pair.identity]: id };
  const user = userIdOf(ctx);
  const set = (name: string, value: unknown) => {
    if (props.indexOf(name) !== -1 && value !== undefined) fields[name] = value;
  };
  set(pair.idParam, id);
  set(`${pair.item}Id`, id);
  for (const param of pair.scope) set(param, ctx.params[param]);
  const at = iso(now);
  set('creationDate', at);
  set('lastUpdated', at);
  set('createdById', user);
  set('createdByType', user && 'user');
  set('lastUpdatedById', user);
  set('lastUpdatedByType', user && 'user');
  return fields;
}

function create(pair: Pair, ctx: Context): Json {
  const body = keepSecrets(pair, undefined, bodyOf(ctx));
  const now = ctx.clock.tick();
  // An item known by a field of its own (an instance member by `userId`) takes it from the body.
  const given = pair.identity !== 'id' ? body[pair.identity] : undefined;
  const id = typeof given === 'string' ? given : newId(now);
  // An id is taken once per collection, whatever the parent; a membership (an instance member) once per parent (store.ts itemKey).
  if (hasItem(ctx.state.store, pair, ctx.params, id)) throw invalid(`${label(pair.item)} ${id} already exists`);
  const candidate: Json = { ...body, ...serverFields(pair, ctx, id, now) };
  checkNamedParents(pair, ctx, candidate);
  const extra = createFields(pair, ctx, candidate);
  const doc = store(pair, { ...candidate, ...extra }, now);
  const scope: Item['scope'] = {};
  for (const param of pair.scope) scope[param] = String(ctx.params[param]);
  const item = { doc, scope };
  putItem(ctx.state.store, pair, item);
  if (TOKEN_PAIRS[pair.name]) indexApiToken(ctx.state, pair, item);
  // The answer to a create is the one place a hidden field (a key's secret, a token) is shown.
  return answerWith(ctx, shownOnCreate(pair, doc));
}

/** Fields a patch never changes: the item's ids and its parents'. */
function isProtected(pair: Pair, field: string): boolean {
  return field === 'id' || field === pair.identity || field === pair.idParam || field === 'creationDate' || pair.scope.indexOf(field) !== -1;
}

function patch(pair: Pair, ctx: Context): Json {
  const item = ctx.items[pair.idParam];
  const changes = keepSecrets(pair, item.doc, bodyOf(ctx));
  const next: Json = { ...item.doc };
  for (const field of Object.keys(changes)) if (!isProtected(pair, field)) setField(next, field, changes[field]);
  const now = ctx.clock.tick();
  next.lastUpdated = iso(now);
  item.doc = store(pair, next, now);
  return answerWith(ctx, shown(pair, ctx, item.doc));
}

/** An item's document as a read or a change shows it: without its hidden fields, with a private file's url. */
export const shown = (pair: Pair, ctx: Context, doc: Json) => withDownloadUrl(pair, ctx, visible(pair, doc));

export function genericBehaviour(pair: Pair, role: 'list' | 'create' | 'get' | 'patch' | 'remove'): Behaviour {
  switch (role) {
    case 'list': return (ctx) => list(pair, ctx);
    case 'create': return (ctx) => create(pair, ctx);
    case 'get': return (ctx) => answerWith(ctx, shown(pair, ctx, ctx.items[pair.idParam].doc));
    case 'patch': return (ctx) => patch(pair, ctx);
    default: return (ctx) => {
      removeFrom(ctx, pair, ctx.items[pair.idParam]);
      return answerWith(ctx, { success: true });
    };
  }
}
