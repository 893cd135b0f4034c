/**
 * Bearer-token authentication and the checks a token's kind brings: its
 * scopes (the actions it may call) and what it is tied to (the application,
 * device or instance whose paths it may act on). Who may act on which items
 * is access.ts's; which tokens the state accepts, and how they are found,
 * token-index.ts's.
 */
import type { ActionSpec } from '../../actions/types';
import { sameId } from '../state/store';
import { liveToken } from './token-index';
import type { ActiveToken } from './token-index';
import type { State } from '../types';

export type { ActiveToken } from './token-index';

const BEARER = /^Bearer +(\S+) *$/i;

/** The token a request presents, or undefined when it is missing, unknown, or no longer works. */
export function authenticate(state: State, authorization: string | undefined, now: number): ActiveToken | undefined {
  const match = BEARER.exec(authorization || '');
  return match ? liveToken(state, match[1], now) : undefined;
}

/** True when one of the token's scopes is among those the API description lists for the action. */
export function isAllowed(token: ActiveToken, action: ActionSpec): boolean {
  return token.scopes.some((scope) => action.scopes.indexOf(scope) !== -1);
}

/**
 * Why a token tied to an application, a device or an instance may not act on
 * the ids of this request's path, or undefined when it may.
 */
export function outsideBinding(token: ActiveToken, pathParams: Record<string, string>): string | undefined {
  if (token.applicationId && !sameId(pathParams.applicationId, token.applicationId)) {
    return `This access token only acts on application ${token.applicationId}`;
  }
  if (token.deviceId && pathParams.deviceId !== undefined && !sameId(pathParams.deviceId, token.deviceId)) {
    return `This access token only acts on device ${token.deviceId}`;
  }
  if (token.instanceId && !sameId(pathParams.instanceId, token.instanceId)) {
    return `This access token only acts on instance ${token.instanceId}`;
  }
  return undefined;
}
