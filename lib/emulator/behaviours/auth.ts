/**
 * Logins: `auth.authenticateUser` checks a seeded user's email and password,
 * `auth.authenticateDevice` an application key and its secret (the key's
 * device filter included), and each issues a token that works at once:
 * `all.User` for a user, `all.Device` tied to the device for a device (or
 * the requested scopes). Secrets are compared as digests in constant time.
 */
import { createHash, randomBytes, timingSafeEqual } from 'crypto';
import { ApiError } from '../server/api-error';
import type { Behaviour, Context } from '../access/context';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { findItem, sameId } from '../state/store';
import { indexSession } from '../access/token-index';
import type { Item, Json } from '../state/store';
import type { SeedToken, SeedUser, State } from '../types';

const refused = () => new ApiError(401, 'Unauthorized', 'Authentication failed: the credentials are not valid');

/** Equal strings, compared in constant time (digests have one length whatever the inputs). */
export function secretsMatch(given: unknown, expected: unknown): boolean {
  if (typeof given !== 'string' || typeof expected !== 'string') return false;
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Adds a new token to the state, working at once, and returns its value. */
export function issueToken(state: State, fields: Omit<SeedToken, 'name' | 'token'>): string {
  const token = `emu-session-${randomBytes(24).toString('hex')}`;
  const issued = { name: `session-${state.tokens.length + 1}-${randomBytes(4).toString('hex')}`, token, ...fields };
  state.tokens.push(issued);
  indexSession(state, issued);
  return token;
}

export function userByEmail(state: State, email: unknown): SeedUser | undefined {
  return Array.from(state.users.values()).filter((u) => sameId(u.email, email))[0];
}

function authenticateUser(ctx: Context): Json {
  const credentials = ctx.params.credentials as Json;
  const user = userByEmail(ctx.state, credentials.email);
  // The password is compared even when no user has that email, so timing does not tell which emails exist.
  const ok = secretsMatch(credentials.password, user ? user.password : 'no user has this email');
  if (!user || !user.password || !ok) throw refused();
  const scopes = Array.isArray(credentials.requestedScopes) ? (credentials.requestedScopes as string[]) : ['all.User'];
  return { userId: user.id, token: issueToken(ctx.state, { scopes, userId: user.id }) };
}

function authenticateDevice(ctx: Context): Json {
  const credentials = ctx.params.credentials as Json;
  const keys = model().pairs.get('applicationKeys') as Pair;
  let key: Item | undefined;
  (ctx.state.store.get(keys.store) || new Map<string, Item>()).forEach((item) => {
    if (!key && item.doc.key === credentials.key) key = item;
  });
  const ok = secretsMatch(credentials.secret, key ? key.doc.secret : 'no key has this name');
  if (!key || !ok || key.doc.status === 'inactive') throw refused();
  const applicationId = key.scope.applicationId;
  const device = findItem(ctx.state.store, model().pairs.get('devices') as Pair, { applicationId }, credentials.deviceId);
  if (!device) throw refused();
  const listed = Array.isArray(key.doc.deviceIds) && (key.doc.deviceIds as string[]).some((id) => sameId(id, credentials.deviceId));
  if ((key.doc.filterType === 'whitelist' && !listed) || (key.doc.filterType === 'blacklist' && listed)) throw refused();
  const scopes = Array.isArray(credentials.requestedScopes) ? (credentials.requestedScopes as string[]) : ['all.Device'];
  const answer: Json = {
    applicationId,
    deviceId: device.doc.id,
    deviceClass: device.doc.deviceClass || 'standalone',
    token: issueToken(ctx.state, { scopes, applicationId, deviceId: String(device.doc.id) }),
  };
  for (const field of ['filterType', 'pubTopics', 'subTopics']) if (key.doc[field] !== undefined) answer[field] = key.doc[field];
  return answer;
}

export const authBehaviours: { [name: string]: Behaviour } = {
  'auth.authenticateUser': authenticateUser,
  'auth.authenticateDevice': authenticateDevice,
};
