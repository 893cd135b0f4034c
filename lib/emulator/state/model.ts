/**
 * The emulator's model of the API, derived from the action table: which
 * paths form a collection/item pair (a list path `P` answering GET, and an
 * item path `P/{xId}` answering GET), the pair's id parameter, its parent (the
 * pair whose item path is a prefix of its list path: devices live under an
 * application), its schemas and the actions that list, create, read, change
 * and delete its items. model-overrides.ts holds the few exceptions.
 */
import type { ActionSpec } from '../../actions/types';
import { allActions } from '../../generated/resources/all';
import { documentedProperties } from './documented-properties';
import { EXTRA_PAIRS, LOOKUP_FIELDS, NOT_PAIRS, PATH_ALIASES, SHARED_STORES } from './model-overrides';

export interface ActionRef {
  resource: string;
  action: string;
  spec: ActionSpec;
}

export interface Pair {
  /** The list resource (`devices`): the seed's key for these items. */
  name: string;
  /** The item resource (`device`). */
  item: string;
  listPath: string;
  itemPath: string;
  /** The item path's last parameter (`deviceId`). */
  idParam: string;
  /** The list path's parameters, outermost first (`['applicationId']`): an item's scope. */
  scope: string[];
  parent?: Pair;
  children: Pair[];
  /** Where the items are kept (pairs that are two views of one collection share one). */
  store: string;
  /** The field an item is known by: `id` when the item schema has one, else the id parameter (`userId`). */
  identity: string;
  /** Other fields an item can be found by (`version` for experience versions). */
  lookup: readonly string[];
  /** Schema names: the item as read, the list answer, the create and patch bodies. */
  itemSchema: string;
  listSchema?: string;
  postBody?: string;
  patchBody?: string;
  list?: ActionRef;
  create?: ActionRef;
  get: ActionRef;
  patch?: ActionRef;
  remove?: ActionRef;
}

export interface Model {
  pairs: Map<string, Pair>;
  /** `resource.action` → the role it plays for a pair, for the generic behaviours. */
  roles: Map<string, { pair: Pair; role: 'list' | 'create' | 'get' | 'patch' | 'remove' }>;
  /** Every pair that keeps its items in each store. */
  stores: Map<string, Pair[]>;
  /** pathItems' answers, by action path (the table's paths are few and fixed). */
  pathItems: Map<string, ReadonlyArray<{ pair: Pair; param: string }>>;
}

function refsByPath(): Map<string, ActionRef[]> {
  const byPath = new Map<string, ActionRef[]>();
  for (const resource of Object.keys(allActions)) {
    for (const action of Object.keys(allActions[resource])) {
      const spec = allActions[resource][action];
      const list = byPath.get(spec.path) || [];
      list.push({ resource, action, spec });
      byPath.set(spec.path, list);
    }
  }
  return byPath;
}

const withMethod = (refs: ActionRef[] | undefined, method: string) => (refs || []).filter((r) => r.spec.method === method)[0];
const bodySchema = (ref: ActionRef | undefined) => {
  const param = ref && ref.spec.params.filter((p) => p.in === 'body')[0];
  return param && param.schema ? param.schema.name : undefined;
};
const pathParams = (path: string) => (path.match(/\{\w+\}/g) || []).map((p) => p.slice(1, -1));

function makePair(listPath: string, itemPath: string, byPath: Map<string, ActionRef[]>): Pair | undefined {
  const listRefs = byPath.get(listPath);
  const itemRefs = byPath.get(itemPath);
  const get = withMethod(itemRefs, 'GET');
  const list = withMethod(listRefs, 'GET');
  if (!get || !list) return undefined;
  const create = withMethod(listRefs, 'POST');
  const patch = withMethod(itemRefs, 'PATCH');
  const itemSchema = get.spec.responses[0].schema as string;
  const params = pathParams(itemPath);
  const idParam = params[params.length - 1];
  const props = documentedProperties(itemSchema);
  return {
    name: list.resource,
    item: get.resource,
    listPath,
    itemPath,
    idParam,
    scope: pathParams(listPath),
    children: [],
    store: SHARED_STORES[list.resource] || list.resource,
    identity: props.indexOf('id') !== -1 ? 'id' : idParam,
    lookup: LOOKUP_FIELDS[list.resource] || [],
    itemSchema,
    listSchema: list.spec.responses[0].schema,
    postBody: bodySchema(create),
    patchBody: bodySchema(patch),
    list,
    create,
    get,
    patch,
    remove: withMethod(itemRefs, 'DELETE'),
  };
}

/** The path with an aliased prefix spelled as its pair's item path (PATH_ALIASES). */
const unaliased = (path: string): string =>
  Object.keys(PATH_ALIASES).reduce((p, alias) => (p === alias || p.indexOf(`${alias}/`) === 0 ? PATH_ALIASES[alias] + p.slice(alias.length) : p), path);

/** The pair whose item path is the longest whole-segment prefix of `path`. */
function longestPrefix(byItemPath: Map<string, Pair>, path: string): Pair | undefined {
  const parts = unaliased(path).split('/');
  for (let n = parts.length - 1; n > 1; n--) {
    const pair = byItemPath.get(parts.slice(0, n).join('/'));
    if (pair) return pair;
  }
  return undefined;
}

/**
 * The items of a shared store belong to the parents their documents name
 * (store.ts parentOf), so each sharing pair's parent ids must be fields of its
 * item: a table that broke this would fail here, at the first request, not
 * by losing items.
 */
function checkSharedStore(sharing: Pair[], store: string): void {
  if (sharing.length < 2) return;
  for (const pair of sharing) {
    const props = documentedProperties(pair.itemSchema);
    const missing = pair.scope.filter((param) => props.indexOf(param) === -1);
    if (missing.length) throw new Error(`The ${pair.name} items (store ${store}) have no ${missing.join(', ')} field to tell their parent`);
  }
}

export function buildModel(): Model {
  const byPath = refsByPath();
  const candidates: Array<{ list: string; item: string }> = EXTRA_PAIRS.slice();
  byPath.forEach((_refs, path) => {
    const m = /^(.*)\/\{\w+\}$/.exec(path);
    if (m && byPath.has(m[1])) candidates.push({ list: m[1], item: path });
  });
  const pairs = new Map<string, Pair>();
  for (const c of candidates) {
    const pair = makePair(c.list, c.item, byPath);
    if (pair && NOT_PAIRS.indexOf(pair.name) === -1) pairs.set(pair.name, pair);
  }
  const byItemPath = new Map<string, Pair>();
  pairs.forEach((pair) => byItemPath.set(pair.itemPath, pair));
  const roles: Model['roles'] = new Map();
  const stores: Model['stores'] = new Map();
  pairs.forEach((pair) => {
    pair.parent = longestPrefix(byItemPath, pair.listPath);
    if (pair.parent) pair.parent.children.push(pair);
    for (const role of ['list', 'create', 'get', 'patch', 'remove'] as const) {
      const ref = pair[role];
      if (ref) roles.set(`${ref.resource}.${ref.action}`, { pair, role });
    }
    stores.set(pair.store, (stores.get(pair.store) || []).concat([pair]));
  });
  stores.forEach(checkSharedStore);
  return { pairs, roles, stores, pathItems: new Map() };
}

/**
 * The pairs whose items an action's path names, outermost first, with the
 * parameter naming each: `/applications/{applicationId}/devices/{deviceId}/logs`
 * → [(applications, applicationId), (devices, deviceId)]. Each must exist, or
 * the answer is 404.
 */
export function pathItems(model: Model, path: string): ReadonlyArray<{ pair: Pair; param: string }> {
  let found = model.pathItems.get(path);
  if (!found) {
    const items: Array<{ pair: Pair; param: string }> = [];
    const spellings = [path, unaliased(path)];
    model.pairs.forEach((pair) => {
      if (spellings.some((p) => p === pair.itemPath || p.indexOf(`${pair.itemPath}/`) === 0)) items.push({ pair, param: pair.idParam });
    });
    found = items.sort((a, b) => a.pair.itemPath.length - b.pair.itemPath.length);
    model.pathItems.set(path, found);
  }
  return found;
}

let shared: Model | undefined;
/** The model, built once per process (it depends on the table only). */
export function model(): Model {
  if (!shared) shared = buildModel();
  return shared;
}
