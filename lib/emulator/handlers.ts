/**
 * The behaviours of the 13 Org actions, on the organization state (members,
 * invites, usage). Routing, auth, validation and the org lookup happen before
 * a handler runs (app.ts); a handler changes state synchronously and returns
 * the response body, or throws an ApiError.
 */
import type { Behaviour, Context } from './access/context';
import * as counts from './counts';
import { get, patch, remove, transferResources } from './handlers-org';
import { inviteMember, modifyMember, pendingInvites, removeMember, revokeInvite } from './handlers-people';

export type { Context } from './access/context';
export type Handler = Behaviour;

export type OrgActionName =
  | 'delete' | 'deviceCounts' | 'get' | 'inviteMember' | 'modifyMember' | 'notebookMinuteCounts' | 'patch'
  | 'payloadCounts' | 'payloadCountsBreakdown' | 'pendingInvites' | 'removeMember' | 'revokeInvite' | 'transferResources';

const range = (ctx: Context) => counts.parseRange(ctx.params, ctx.clock.now());

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
