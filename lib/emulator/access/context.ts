/**
 * What a behaviour is given: the action, its validated params, the state,
 * the caller's token and the items the path names (found, or the request got
 * its 404 before). A behaviour changes state synchronously and returns the
 * answer's body (sent with the action's first documented status), an Answer
 * (another documented status), or STREAMING when it has taken the response
 * over (Server-Sent Events).
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { ActionSpec } from '../../actions/types';
import type { ActiveToken } from './auth';
import type { Caller } from './access';
import type { Clock } from '../state/clock';
import type { FormPart } from '../server/multipart-parse';
import type { StreamHub } from '../server/sse';
import type { Item } from '../state/store';
import type { OrgRecord, State } from '../types';

export interface Context {
  resource: string;
  action: string;
  spec: ActionSpec;
  state: State;
  clock: Clock;
  /** Validated params, rebuilt from the request; the documented query defaults are not filled in (state/list.ts `listParams` adds them). */
  params: Record<string, unknown>;
  /** The caller's token (undefined for the actions that need none). */
  token?: ActiveToken;
  /** The items the path names, by their id parameter (`items.deviceId`). */
  items: { [param: string]: Item };
  /** The organization the path names (`/orgs/{orgId}`, `/instances/{instanceId}/orgs/{orgId}`). */
  record: OrgRecord;
  streams: StreamHub;
  /** The parts of a multipart body (the upload actions). */
  form?: FormPart[];
  req: IncomingMessage;
  res: ServerResponse;
}

export type Behaviour = (ctx: Context) => unknown;

/** An answer with a status other than the action's first documented one. */
export class Answer {
  readonly status: number;
  readonly body: unknown;
  constructor(status: number, body: unknown) {
    this.status = status;
    this.body = body;
  }
}

/** Returned by a behaviour that has taken the response over (a stream). */
export const STREAMING = Object.freeze({ streaming: true });

/**
 * The id of the user a token acts as: its own; else, for a token tied to
 * nothing (a seed's token without `userId`), the seed's first user, as
 * documented. A token tied to an application, a device or an instance acts
 * as no user: it never borrows the first user's memberships.
 */
export function userIdFor(state: State, token: ActiveToken | undefined): string | undefined {
  if (token && token.userId) return token.userId;
  if (token && (token.applicationId || token.deviceId || token.instanceId)) return undefined;
  let first: string | undefined;
  state.users.forEach((user) => { if (first === undefined) first = user.id; });
  return first;
}

/** The id of the user behind the caller's token (userIdFor). */
export function userIdOf(ctx: Context): string | undefined {
  return userIdFor(ctx.state, ctx.token);
}

/**
 * Who the caller is, for access.ts: the application (and device) or the
 * instance its token is tied to, with the maker whose roles bound a minted
 * token; else its user.
 */
export function callerFor(state: State, token: ActiveToken | undefined): Caller {
  if (token && token.applicationId) return { applicationId: token.applicationId, deviceId: token.deviceId, userId: token.creatorId };
  if (token && token.instanceId) return { instanceId: token.instanceId, userId: token.creatorId };
  return { userId: userIdFor(state, token) };
}

export function callerOfContext(ctx: Context): Caller {
  return callerFor(ctx.state, ctx.token);
}
