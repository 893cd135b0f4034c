/**
 * `me`: the user behind the caller's token (its `userId`, else the seed's
 * first user), kept in `users`. Its profile is the one organization members
 * show (org-view.ts renderMembers), its summary counts what it owns and the
 * organizations it belongs to, and the password actions check and change
 * the password that `auth.authenticateUser` checks.
 */
import type { ResourceTransfer } from '../../generated/schema-types';
import { ApiError, invalid, notFound } from '../server/api-error';
import { checkNewOwner } from '../access/access';
import { iso } from '../state/clock';
import { conform } from '../state/conform';
import type { Behaviour, Context } from '../access/context';
import { callerOfContext, userIdOf } from '../access/context';
import { moveResources } from './org';
import { ownedBy, pairOf } from '../access/ownership';
import { removeFrom } from '../state/remove';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { key, sameId } from '../state/store';
import type { Item, Json } from '../state/store';
import { revokeSessions, TOKEN_PAIRS } from '../access/token-index';
import type { SeedUser } from '../types';
import { issueToken, secretsMatch } from './auth';
import { orgsOf } from './orgs';

function userOf(ctx: Context): SeedUser {
  const id = userIdOf(ctx);
  const user = id ? ctx.state.users.get(key(id)) : undefined;
  if (!user) throw notFound('The access token belongs to no user of the emulator (add users to the seed)');
  return user;
}

/**
 * Wrong credentials in a request body. Answered with a status the action
 * documents (documented-status.ts): 400 for the me.* actions, which list no 401.
 */
const wrongCredentials = (message: string) => new ApiError(401, 'Unauthorized', message);

function checkPassword(user: SeedUser, given: unknown): void {
  if (!user.password || !secretsMatch(given, user.password)) throw wrongCredentials('The password is not correct');
}

function renderMe(ctx: Context, user: SeedUser): Json {
  const owner = { type: 'user' as const, id: user.id };
  const summary = {
    appCount: ownedBy(ctx.state, 'applications', owner).length,
    dashCount: ownedBy(ctx.state, 'dashboards', owner).length,
    orgCount: orgsOf(ctx).length,
  };
  const doc: Json = { ...(JSON.parse(JSON.stringify(user)) as Json), userId: user.id, summary };
  delete doc.password;
  return conform('me', doc, ctx.clock.now());
}

const touched = (ctx: Context, user: SeedUser) => { user.lastUpdated = iso(ctx.clock.tick()); };

function patch(ctx: Context): Json {
  const user = userOf(ctx);
  const changes = ctx.params.user as Json;
  if (changes.email !== undefined && Array.from(ctx.state.users.values()).some((u) => u !== user && sameId(u.email, changes.email))) {
    throw invalid(`user.email ${String(changes.email)} belongs to another user`);
  }
  Object.keys(changes).forEach((field) => Object.defineProperty(user, field, { value: changes[field], enumerable: true, writable: true, configurable: true }));
  touched(ctx, user);
  return renderMe(ctx, user);
}

function changePassword(ctx: Context): Json {
  const user = userOf(ctx);
  const data = ctx.params.data as Json;
  checkPassword(user, data.password);
  user.password = String(data.newPassword);
  user.passwordLastUpdated = iso(ctx.clock.now());
  touched(ctx, user);
  if (data.invalidateExistingTokens === true) revokeSessions(ctx.state, (t) => sameId(t.userId, user.id));
  return { userId: user.id, token: issueToken(ctx.state, { scopes: ['all.User'], userId: user.id }) };
}

/** The API tokens a user owns or made: they go with her. */
function apiTokensOf(ctx: Context, userId: string): Array<[Pair, Item]> {
  const found: Array<[Pair, Item]> = [];
  for (const name of Object.keys(TOKEN_PAIRS)) {
    const pair = model().pairs.get(name) as Pair;
    (ctx.state.store.get(pair.store) || new Map<string, Item>()).forEach((item) => {
      const doc = item.doc;
      if ((doc.ownerType === 'user' && sameId(doc.ownerId, userId)) || sameId(doc.creatorId, userId)) found.push([pair, item]);
    });
  }
  return found;
}

/** Removes the user, its memberships (an organization it is the last admin of refuses), its own resources and tokens. */
function remove(ctx: Context): Json {
  const user = userOf(ctx);
  const credentials = ctx.params.credentials as Json;
  if (!sameId(credentials.email, user.email)) throw wrongCredentials('credentials.email is not the email of this user');
  checkPassword(user, credentials.password);
  for (const record of orgsOf(ctx)) {
    const others = record.org.members.filter((m) => !sameId(m.userId, user.id));
    if (!others.some((m) => m.role === 'admin')) throw invalid(`The user is the last admin of organization ${record.org.id}`);
  }
  ctx.state.orgs.forEach((record) => { record.org.members = record.org.members.filter((m) => !sameId(m.userId, user.id)); });
  for (const kind of ['applications', 'dashboards'] as const) {
    ownedBy(ctx.state, kind, { type: 'user', id: user.id }).forEach((item) => removeFrom(ctx, pairOf(kind), item));
  }
  apiTokensOf(ctx, user.id).forEach(([pair, item]) => removeFrom(ctx, pair, item));
  ctx.state.users.delete(key(user.id));
  revokeSessions(ctx.state, (t) => sameId(t.userId, user.id));
  return { success: true };
}

function transferResources(ctx: Context): Json {
  const user = userOf(ctx);
  const transfer = ctx.params.transfer as ResourceTransfer;
  if (transfer.destinationType === 'organization' && !orgsOf(ctx).some((r) => sameId(r.org.id, transfer.destinationId))) {
    throw invalid(`transfer.destinationId ${transfer.destinationId} is not an organization this user belongs to`);
  }
  // A member whose role may not add applications and dashboards there (access.ts) may not move hers there either.
  if (transfer.destinationType === 'organization') checkNewOwner(ctx.state, callerOfContext(ctx), transfer.destinationId, 'transfer.destinationId');
  if (transfer.destinationType === 'user' && !ctx.state.users.get(key(transfer.destinationId))) {
    throw invalid(`transfer.destinationId ${transfer.destinationId} is not a user`);
  }
  moveResources(ctx, { type: 'user', id: user.id }, { type: transfer.destinationType, id: transfer.destinationId }, transfer, 'this user');
  return { success: true };
}

function twoFactor(enabled: boolean): Behaviour {
  return (ctx) => {
    const user = userOf(ctx);
    checkPassword(user, (ctx.params.data as Json).password);
    user.twoFactorAuthEnabled = enabled;
    touched(ctx, user);
    return renderMe(ctx, user);
  };
}

export const meBehaviours: { [name: string]: Behaviour } = {
  'me.get': (ctx) => renderMe(ctx, userOf(ctx)),
  'me.patch': patch,
  'me.changePassword': changePassword,
  'me.delete': remove,
  'me.transferResources': transferResources,
  'me.enableTwoFactorAuth': twoFactor(true),
  'me.disableTwoFactorAuth': twoFactor(false),
  'me.refreshToken': (ctx) => {
    const user = userOf(ctx);
    return { userId: user.id, token: issueToken(ctx.state, { scopes: ctx.token ? ctx.token.scopes : ['all.User'], userId: user.id }) };
  },
};
