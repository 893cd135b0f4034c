/**
 * Bearer-token authentication and scope checks. Tokens are compared as
 * SHA-256 digests with crypto.timingSafeEqual (equal lengths, constant time),
 * and every known token is compared on every request, so neither the length
 * nor the position of a match leaks through response timing.
 *
 * Known tokens are the seed's, those the login actions issued, and the API
 * tokens created through the API (active ones, with their `scope`). A token
 * tied to an application or a device (an application API token, a device's
 * login) only acts on that application or device.
 *
 * An API token's `expirationDate` is checked on every request, against the
 * emulator's clock: the ring is rebuilt only after writes, so a token left out
 * when it was built would keep working until some unrelated write.
 */
import { createHash, timingSafeEqual } from 'crypto';
import type { ActionSpec } from '../actions/types';
import { model } from './model';
import type { Pair } from './model';
import { sameId } from './store';
import type { SeedToken, State } from './types';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** A token the emulator accepts: a seed's or issued one, or an API token (an instance's is tied to its instance). */
export interface ActiveToken extends SeedToken {
  instanceId?: string;
}

export interface TokenRing {
  /** The token a request presents, or undefined when it is missing or unknown. */
  authenticate(authorization: string | undefined): ActiveToken | undefined;
}

/** A known token, and when it stops working (ms since the epoch; never when left out). */
export interface RingEntry {
  token: ActiveToken;
  expiresAt?: number;
}

export function createTokenRing(entries: RingEntry[], now: () => number): TokenRing {
  const known = entries.map((entry) => ({ token: entry.token, expiresAt: entry.expiresAt, digest: digest(entry.token.token) }));
  return {
    authenticate(authorization) {
      const match = /^Bearer +(\S+) *$/i.exec(authorization || '');
      if (!match) return undefined;
      const presented = digest(match[1]);
      let found: (typeof known)[number] | undefined;
      for (let i = 0; i < known.length; i++) {
        // No early exit: the loop costs the same wherever (or whether) the token matches.
        if (timingSafeEqual(presented, known[i].digest) && !found) found = known[i];
      }
      if (!found || (found.expiresAt !== undefined && now() >= found.expiresAt)) return undefined;
      return found.token;
    },
  };
}

/** The API token pairs, and who a token of each belongs to. */
const TOKEN_PAIRS: { [pair: string]: 'application' | 'instance' | 'user' } = {
  applicationApiTokens: 'application',
  instanceApiTokens: 'instance',
  userApiTokens: 'user',
};

/** Every token the state accepts: the seed's and issued ones, then the active API tokens created through the API. */
export function ringOf(state: State, now: () => number): TokenRing {
  const entries: RingEntry[] = state.tokens.map((token) => ({ token }));
  Object.keys(TOKEN_PAIRS).forEach((name) => {
    const pair = model().pairs.get(name) as Pair;
    const store = state.store.get(pair.store);
    if (!store) return;
    store.forEach((item) => {
      const doc = item.doc;
      if (typeof doc.token !== 'string' || doc.status === 'inactive') return;
      const expires = typeof doc.expirationDate === 'string' ? Date.parse(doc.expirationDate) : NaN;
      entries.push({
        token: {
          name: `apiToken:${String(doc.id)}`,
          token: doc.token,
          scopes: Array.isArray(doc.scope) ? (doc.scope as string[]) : [],
          applicationId: TOKEN_PAIRS[name] === 'application' ? item.scope.applicationId : undefined,
          userId: TOKEN_PAIRS[name] === 'user' ? (doc.ownerId as string | undefined) : undefined,
          instanceId: TOKEN_PAIRS[name] === 'instance' ? item.scope.instanceId : undefined,
        },
        expiresAt: isNaN(expires) ? undefined : expires,
      });
    });
  });
  return createTokenRing(entries, now);
}

/** True when one of the token's scopes is among those the API description lists for the action. */
export function isAllowed(token: SeedToken, action: ActionSpec): boolean {
  return token.scopes.some((scope) => action.scopes.indexOf(scope) !== -1);
}

/**
 * Why a token tied to an application or a device may not act on the ids of
 * this request's path, or undefined when it may.
 */
export function outsideBinding(token: SeedToken, pathParams: Record<string, string>): string | undefined {
  if (token.applicationId && !sameId(pathParams.applicationId, token.applicationId)) {
    return `This access token only acts on application ${token.applicationId}`;
  }
  if (token.deviceId && pathParams.deviceId !== undefined && !sameId(pathParams.deviceId, token.deviceId)) {
    return `This access token only acts on device ${token.deviceId}`;
  }
  return undefined;
}
