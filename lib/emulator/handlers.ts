/**
 * One behaviour per action. Routing, auth, validation and the org lookup
 * happen before a handler runs (server.ts); a handler changes state
 * synchronously and returns the response body, or throws an ApiError.
 */
import type { OrgActionName } from './app';
import type { Clock } from './clock';
import * as counts from './counts';
import { get, patch, remove, transferResources } from './handlers-org';
import { inviteMember, modifyMember, pendingInvites, removeMember, revokeInvite } from './handlers-people';
import type { OrgRecord, State } from './types';

export interface Context {
  state: State;
  /** The organization named by `orgId` (it exists). */
  record: OrgRecord;
  /** Validated params, rebuilt from the request. */
  params: Record<string, unknown>;
  clock: Clock;
}

export type Handler = (ctx: Context) => unknown;

const range = (ctx: Context) => counts.parseRange(ctx.params, ctx.clock.now());

// Typed by the action table's names, so adding an action without a behaviour fails to compile.
export const handlers: Record<OrgActionName, Handler> = {
  delete: remove,
  deviceCounts: (ctx) => counts.deviceCounts(ctx.record, range(ctx)),
  get,
  inviteMember,
  modifyMember,
  notebookMinuteCounts: (ctx) => counts.notebookMinuteCounts(ctx.record, range(ctx)),
  patch,
  payloadCounts: (ctx) => counts.payloadCounts(ctx.record, range(ctx)),
  payloadCountsBreakdown: (ctx) => counts.payloadCountsBreakdown(ctx.record, range(ctx), ctx.params),
  pendingInvites,
  removeMember,
  revokeInvite,
  transferResources,
};
