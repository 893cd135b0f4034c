/**
 * What the generic collection behaviour (collections.ts) does differently per
 * pair: the fields a create sets (owners, keys and their secrets, tokens,
 * upload targets) and how a list's extra query parameters select items.
 *
 * List filters are derived where they can be: a plain query parameter named
 * like a field of the item (`state` of events, `flowClass` of flows,
 * `viewType`, `type`, `status`, `parentId`, …) keeps the items whose field has
 * that value, and an advanced `query` is evaluated (query-match.ts).
 */
import { randomBytes } from 'crypto';
import { canRead, checkNewOwner } from '../access/access';
import { invalid } from '../server/api-error';
import { documentedProperties } from './documented-properties';
import { checkColumnName } from './data-table-columns';
import type { Context } from '../access/context';
import { callerOfContext, userIdOf } from '../access/context';
import { deviceQueryOptions, tagFilterMatches } from './device-query';
import { model } from './model';
import type { Pair } from './model';
import { isOwnedBy, ownerFields } from '../access/ownership';
import type { Owner } from '../access/ownership';
import { visible } from './hidden';
import { queryDefaultsOf } from './list';
import { matchesQuery } from './query-match';
import { findItem } from './store';
import type { Item, Json } from './store';

const secret = (bytes: number) => randomBytes(bytes).toString('hex');

/**
 * Who owns a new application or dashboard: the organization named in the
 * body (one the caller may add to), else the application's owner, else the
 * caller.
 */
function newOwner(ctx: Context, body: Json): Owner | undefined {
  if (typeof body.orgId === 'string') {
    checkNewOwner(ctx.state, callerOfContext(ctx), body.orgId, 'orgId');
    return { type: 'organization', id: body.orgId };
  }
  const app = ctx.items.applicationId;
  if (app && typeof app.doc.ownerId === 'string') {
    if (app.doc.ownerType === 'organization') checkNewOwner(ctx.state, callerOfContext(ctx), app.doc.ownerId, 'orgId');
    return { type: app.doc.ownerType as Owner['type'], id: app.doc.ownerId };
  }
  const user = userIdOf(ctx);
  return user ? { type: 'user', id: user } : undefined;
}

/**
 * Where a store is shared, a new item's document names its parents
 * (store.ts parentOf): a dashboard created at `/dashboards` with an
 * `applicationId` belongs to that application. Each one named must exist and
 * be one the caller may see (access.ts), as if it were on the path.
 */
export function checkNamedParents(pair: Pair, ctx: Context, doc: Json): void {
  const caller = callerOfContext(ctx);
  for (const sharing of model().stores.get(pair.store) || []) {
    for (let parent = sharing.parent; parent; parent = parent.parent) {
      const id = doc[parent.idParam];
      if (pair.scope.indexOf(parent.idParam) !== -1 || typeof id !== 'string') continue;
      const item = findItem(ctx.state.store, parent, doc, id);
      if (!item || !canRead(ctx.state, caller, parent, item)) throw invalid(`${parent.idParam} ${id} is not ${article(parent.item)} ${parent.item}`);
    }
  }
}

/** A directory path with its slashes as the platform writes them: `/a/b/`, the root `/`. */
export const dirOf = (path: unknown) => `/${String(path || '').split('/').filter(Boolean).join('/')}/`.replace(/^\/\/$/, '/');

const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');

const TOKEN_DEFAULT_SCOPES: { [pair: string]: string[] } = {
  applicationApiTokens: ['all.Application'],
  instanceApiTokens: ['all.Instance'],
  userApiTokens: ['all.User'],
};

/** Extra fields for a new item of this pair; `body` is the create body with the generic server fields (its `id`). */
export function createFields(pair: Pair, ctx: Context, body: Json): Json {
  const user = userIdOf(ctx);
  switch (pair.store) {
    case 'applications':
    case 'dashboards': {
      const owner = newOwner(ctx, body);
      return owner ? ownerFields(ctx.state, owner) : {};
    }
    case 'applicationKeys':
      return { key: `${secret(4)}-${secret(2)}-${secret(2)}-${secret(2)}-${secret(6)}`, secret: secret(32), status: 'active' };
    case 'applicationApiTokens':
    case 'instanceApiTokens':
    case 'userApiTokens': {
      const owner = pair.store === 'applicationApiTokens' ? { ownerId: ctx.params.applicationId, ownerType: 'application' }
        : pair.store === 'userApiTokens' && user ? { ownerId: user, ownerType: 'user' } : {};
      // Its maker is the user whose roles bound the caller: a token made by a bounded token is bounded alike.
      const maker = callerOfContext(ctx).userId;
      return {
        ...owner,
        token: `emu-${secret(24)}`,
        status: body.status === 'inactive' ? 'inactive' : 'active',
        scope: Array.isArray(body.scope) ? body.scope : TOKEN_DEFAULT_SCOPES[pair.store],
        creatorId: maker,
        creatorType: maker ? 'user' : undefined,
      };
    }
    case 'dataTables':
      (Array.isArray(body.columns) ? (body.columns as Json[]) : []).forEach((c, i) => checkColumnName(c && c.name, `dataTable.columns[${i}].name`));
      return {};
    case 'experienceVersions':
      if (findItem(ctx.state.store, pair, ctx.params, body.version)) throw invalid(`experienceVersion.version ${String(body.version)} already exists`);
      return {};
    case 'files':
    case 'privateFiles': {
      // Uploads go to this emulator's own upload route (multipart), where the platform would name S3.
      const url = `http://${ctx.req.headers.host}${pair.itemPath.replace('{applicationId}', String(ctx.params.applicationId)).replace(`{${pair.idParam}}`, String(body.id))}/upload`;
      return { status: body.type === 'directory' ? 'completed' : 'pending', authorId: user, authorType: user ? 'user' : undefined, upload: { url, fields: {} } };
    }
    case 'instanceNotificationRules':
      return { ownerId: ctx.params.instanceId, ownerType: 'instance' };
    case 'userOauthTokens':
      // Bound to the user who made it: only she sees, changes or deletes it (access.ts).
      if (!user) throw invalid('An OAuth token belongs to a user, and this access token has none');
      return { ownerId: user, ownerType: 'user', status: 'active' };
    default:
      return {};
  }
}

/**
 * The owner a list of API tokens belongs to (its `ownerId`/`ownerType` echo
 * fields): the application, the user, or the instance.
 */
export function listOwner(pair: Pair, ctx: Context): Json {
  if (pair.store === 'applicationApiTokens') return { ownerId: ctx.params.applicationId, ownerType: 'application' };
  if (pair.store === 'userApiTokens') return { ownerId: userIdOf(ctx), ownerType: 'user' };
  if (pair.store === 'instanceApiTokens') return { ownerId: ctx.params.instanceId };
  return {};
}

/** Query parameters that shape a list (paging, sorting, text filter) rather than select items by a field. */
const SHAPING = ['sortField', 'sortDirection', 'sortColumn', 'page', 'perPage', 'limit', 'offset', 'filterField', 'filter', 'query', 'startingAfterId', 'endingBeforeId'];

/**
 * The documents of a list, as the caller sees them (hidden.ts): those she may
 * read, that the query parameters select. Every selection reads the visible
 * document, so no hidden field can be matched.
 */
export function filterList(pair: Pair, ctx: Context, items: Item[]): Json[] {
  const p = ctx.params;
  // What the caller may read by id, and nothing else (access.ts: her own, her organizations', …).
  const caller = callerOfContext(ctx);
  let out = items.filter((i) => canRead(ctx.state, caller, pair, i)).map((i) => visible(pair, i.doc));
  if ((pair.name === 'applications' || pair.name === 'dashboards') && typeof p.orgId === 'string') {
    out = out.filter((doc) => isOwnedBy({ doc, scope: {} }, { type: 'organization', id: p.orgId as string }));
  }
  const props = documentedProperties(pair.itemSchema);
  const defaults = queryDefaultsOf(ctx);
  for (const spec of ctx.spec.params) {
    const name = spec.name;
    if (spec.in !== 'query' || spec.type !== 'string' || SHAPING.indexOf(name) !== -1 || props.indexOf(name) === -1) continue;
    const wanted = p[name] !== undefined ? p[name] : defaults[name];
    if (wanted === undefined || wanted === '' || pair.scope.indexOf(name) !== -1) continue;
    // An item without the field has its documented default (a flow without flowClass is a cloud flow).
    out = out.filter((doc) => String(doc[name] !== undefined ? doc[name] : defaults[name]) === String(wanted));
  }
  // A files list's `directory` (`/a/path/`): the files directly in it.
  if (typeof p.directory === 'string' && props.indexOf('parentDirectory') !== -1) out = out.filter((doc) => dirOf(doc.parentDirectory) === dirOf(p.directory));
  if (pair.name === 'devices') {
    if (p.deviceClass !== undefined) {
      const classes = ([] as unknown[]).concat(p.deviceClass);
      out = out.filter((doc) => classes.indexOf(doc.deviceClass) !== -1);
    }
    if (Array.isArray(p.tagFilter)) out = out.filter((doc) => tagFilterMatches(doc, p.tagFilter as Json[]));
  }
  if (p.query !== undefined && ctx.spec.params.some((s) => s.name === 'query' && s.type === 'schema')) {
    const options = pair.name === 'devices' ? deviceQueryOptions(ctx.state.store, model().pairs.get('devices') as Pair) : {};
    out = out.filter((doc) => matchesQuery(doc, p.query, options));
  }
  return out;
}
