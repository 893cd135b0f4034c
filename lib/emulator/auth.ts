/**
 * Bearer-token authentication and scope checks. Tokens are compared as
 * SHA-256 digests with crypto.timingSafeEqual (equal lengths, constant time),
 * and every known token is compared on every request, so neither the length
 * nor the position of a match leaks through response timing.
 */
import { createHash, timingSafeEqual } from 'crypto';
import type { ActionSpec } from '../actions/types';
import type { SeedToken } from './types';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export interface TokenRing {
  /** The token a request presents, or undefined when it is missing or unknown. */
  authenticate(authorization: string | undefined): SeedToken | undefined;
}

export function createTokenRing(tokens: SeedToken[]): TokenRing {
  const known = tokens.map((token) => ({ token, digest: digest(token.token) }));
  return {
    authenticate(authorization) {
      const match = /^Bearer +(\S+) *$/i.exec(authorization || '');
      if (!match) return undefined;
      const presented = digest(match[1]);
      let found: SeedToken | undefined;
      for (let i = 0; i < known.length; i++) {
        // No early exit: the loop costs the same wherever (or whether) the token matches.
        if (timingSafeEqual(presented, known[i].digest) && !found) found = known[i].token;
      }
      return found;
    },
  };
}

/** True when one of the token's scopes is among those the API description lists for the action. */
export function isAllowed(token: SeedToken, action: ActionSpec): boolean {
  return token.scopes.some((scope) => action.scopes.indexOf(scope) !== -1);
}
