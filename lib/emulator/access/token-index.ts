/**
 * The tokens the emulator accepts, found by the SHA-256 digest of their value:
 * the seed's and the logins' (`state.tokens`) and the API tokens made through
 * the API or seeded in `resources`. A request costs one digest and one Map
 * lookup, however many tokens were issued; the timing of a lookup by digest
 * tells nothing about the token's value (nobody can steer a digest's bytes),
 * and the whole token is never compared as text.
 *
 * The index only grows as tokens are issued (indexSession, indexApiToken);
 * whether a token still works is decided at each request from the state
 * itself, so nothing needs rebuilding after a write (once, that cost a digest
 * of every token after every write): an API token must still be in its store
 * with that value, `active` and not past its `expirationDate` (the emulator's
 * clock); a token's user must still exist, and a token tied to a device or an
 * application must still have it. A token that can never work again leaves the index.
 */
import { createHash } from 'crypto';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { idOf, key, sameId } from '../state/store';
import type { Item } from '../state/store';
import type { SeedToken, State } from '../types';

/** A token the emulator accepts, as a request presents it. */
export interface ActiveToken extends SeedToken {
  /** An instance API token acts on this instance only. */
  instanceId?: string;
  /** Who made an API token tied to an application or an instance: it acts with no more than her roles allow. */
  creatorId?: string;
}

/** The API token pairs, and what a token of each is tied to. */
export const TOKEN_PAIRS: { readonly [pair: string]: 'application' | 'instance' | 'user' } = {
  applicationApiTokens: 'application',
  instanceApiTokens: 'instance',
  userApiTokens: 'user',
};

const digestOf = (value: string) => createHash('sha256').update(value, 'utf8').digest('base64');
const NONE = new Map<string, Item>();
const storeOf = (state: State, name: string) => state.store.get(name) || NONE;

export function indexSession(state: State, token: SeedToken): void {
  state.tokenIndex.set(digestOf(token.token), { session: token });
}

export function indexApiToken(state: State, pair: Pair, item: Item): void {
  if (typeof item.doc.token === 'string') state.tokenIndex.set(digestOf(item.doc.token), { pair, id: idOf(pair, item), value: item.doc.token });
}

/** Every token of a new state (toState). */
export function indexTokens(state: State): void {
  state.tokenIndex.clear();
  for (const token of state.tokens) indexSession(state, token);
  for (const name of Object.keys(TOKEN_PAIRS)) {
    const pair = model().pairs.get(name) as Pair;
    storeOf(state, pair.store).forEach((item) => indexApiToken(state, pair, item));
  }
}

/** Removes the seed's and the logins' tokens that match from the state and the index (a deleted user's, device's…). */
export function revokeSessions(state: State, doomed: (token: SeedToken) => boolean): void {
  state.tokens = state.tokens.filter((token) => {
    if (!doomed(token)) return true;
    state.tokenIndex.delete(digestOf(token.token));
    return false;
  });
}

function deviceExists(state: State, deviceId: string, applicationId: string | undefined): boolean {
  const device = storeOf(state, 'devices').get(key(deviceId));
  return device !== undefined && (applicationId === undefined || sameId(device.scope.applicationId, applicationId));
}

/** Whether what a token is tied to still exists: its user, its device, its application. */
function tiesHold(state: State, token: ActiveToken): boolean {
  if (token.userId !== undefined && !state.users.has(key(token.userId))) return false;
  if (token.deviceId !== undefined) return deviceExists(state, token.deviceId, token.applicationId);
  return token.applicationId === undefined || storeOf(state, 'applications').has(key(token.applicationId));
}

/** An API token as a request presents it, or undefined while it does not work (inactive, expired). */
function apiToken(state: State, source: { pair: Pair; id: string; value: string }, item: Item, now: number): ActiveToken | undefined {
  const doc = item.doc;
  if (doc.status === 'inactive') return undefined;
  const expires = typeof doc.expirationDate === 'string' ? Date.parse(doc.expirationDate) : NaN;
  if (!isNaN(expires) && now >= expires) return undefined;
  const tie = TOKEN_PAIRS[source.pair.name];
  // A maker who is a user of this state bounds the token; one the state does not know (an imported id) cannot.
  const creator = typeof doc.creatorId === 'string' && doc.creatorType !== 'apiToken' && state.users.has(key(doc.creatorId)) ? doc.creatorId : undefined;
  return {
    name: `apiToken:${source.id}`,
    token: source.value,
    scopes: Array.isArray(doc.scope) ? (doc.scope as string[]) : [],
    userId: tie === 'user' && typeof doc.ownerId === 'string' ? doc.ownerId : undefined,
    applicationId: tie === 'application' ? item.scope.applicationId : undefined,
    instanceId: tie === 'instance' ? item.scope.instanceId : undefined,
    creatorId: tie === 'user' ? undefined : creator,
  };
}

/** The token a request presents, if the state accepts it now. */
export function liveToken(state: State, presented: string, now: number): ActiveToken | undefined {
  const digest = digestOf(presented);
  const source = state.tokenIndex.get(digest);
  if (!source) return undefined;
  let token: ActiveToken | undefined;
  if ('session' in source) {
    token = source.session;
  } else {
    const item = storeOf(state, source.pair.store).get(key(source.id));
    if (!item || item.doc.token !== source.value) {
      // Deleted (or given another value): it can never work again.
      state.tokenIndex.delete(digest);
      return undefined;
    }
    token = apiToken(state, source, item, now);
  }
  return token && tiesHold(state, token) ? token : undefined;
}
