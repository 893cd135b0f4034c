/**
 * The instances' view of the organizations, members and invites: the same
 * organization state the Org actions change (organizations are tied to no
 * instance here: every instance lists them all), rendered in the instance
 * schemas and changed through the Org behaviours, so both views always agree.
 */
import { invalid } from '../server/api-error';
import { conform } from '../state/conform';
import type { Behaviour, Context } from '../access/context';
import * as counts from './counts';
import { remove } from './org';
import { inviteMember, modifyMember, removeMember, revokeInvite } from './org-people';
import { listPage } from '../state/list';
import { newId } from '../state/ids';
import { renderInvites, renderMembers, renderOrg } from './org-view';
import { assignFields, key, sameId } from '../state/store';
import type { Json } from '../state/store';
import { newOrg, orgList } from './orgs';

const withParams = (ctx: Context, params: Json): Context => ({ ...ctx, params: { ...ctx.params, ...params } });

function instanceOrg(ctx: Context, record = ctx.record): Json {
  return conform('instanceOrg', { ...(JSON.parse(JSON.stringify(record.org)) as Json), instanceId: ctx.params.instanceId }, ctx.clock.now());
}

function members(ctx: Context): Json[] {
  return renderMembers(ctx.state, ctx.record).map((m) => conform('instanceOrgMember', {
    ...(m as Json), instanceId: ctx.params.instanceId, orgId: ctx.record.org.id,
  }, ctx.clock.now()));
}

function member(ctx: Context, userId: unknown): Json {
  return members(ctx).filter((m) => sameId(m.userId, userId))[0];
}

function inviteCollection(ctx: Context): Json {
  const page = listPage(renderInvites(ctx.record, ctx.clock.now()) as unknown as Json[], { params: ctx.params, accepts: ctx.spec.params.map((p) => p.name) });
  delete page.totalCount;
  return conform('orgInviteCollection', { ...page, instanceId: ctx.params.instanceId, orgId: ctx.record.org.id }, ctx.clock.now());
}

/** instanceOrgMembers.post: a user by id, or by email (a user the state knows, else a new one). */
function addMember(ctx: Context): Json {
  const body = ctx.params.member as Json;
  let userId = body.userId as string | undefined;
  if (!userId) {
    const user = Array.from(ctx.state.users.values()).filter((u) => sameId(u.email, body.email))[0];
    userId = user ? user.id : undefined;
  }
  const profile = userId ? ctx.state.users.get(key(userId)) : undefined;
  if (userId && ctx.record.org.members.some((m) => sameId(m.userId, userId))) throw invalid(`member.userId ${userId} is already a member`);
  if (!userId && ctx.record.org.members.some((m) => sameId(m.email, body.email))) throw invalid(`member.email ${String(body.email)} is already a member`);
  const id = userId || newId(ctx.clock.now());
  ctx.record.org.members.push({
    userId: id, email: (profile && profile.email) || (body.email as string), firstName: profile && profile.firstName, lastName: profile && profile.lastName,
    role: body.role as 'view', applicationRoles: (body.applicationRoles as []) || [], dashboardRoles: (body.dashboardRoles as []) || [],
  });
  return member(ctx, id);
}

function resendInvite(ctx: Context): Json {
  const invite = ctx.record.invites.filter((i) => sameId(i.id, ctx.params.inviteId))[0];
  assignFields(invite as unknown as Json, { ...(ctx.params.roleInfo as Json), inviteDate: new Date(ctx.clock.tick()).toISOString() });
  return renderInvites(ctx.record, ctx.clock.now()).filter((i) => sameId(i.id, invite.id))[0] as unknown as Json;
}

export const instanceOrgBehaviours: { [name: string]: Behaviour } = {
  'instanceOrgs.get': (ctx) => orgList(ctx, Array.from(ctx.state.orgs.values()), 'instanceOrgs', (r) => instanceOrg(ctx, r)),
  'instanceOrgs.post': (ctx) => {
    // The description makes orgConfig optional: without a name, the organization gets one.
    const config = { name: 'New Organization', ...((ctx.params.orgConfig || {}) as Json) };
    return renderOrg(ctx.state, newOrg(ctx, config), ctx.clock.now());
  },
  'instanceOrg.get': (ctx) => instanceOrg(ctx),
  'instanceOrg.patch': (ctx) => {
    assignFields(ctx.record.org as unknown as Json, { ...(ctx.params.organization as Json), lastUpdated: new Date(ctx.clock.tick()).toISOString() });
    return instanceOrg(ctx);
  },
  'instanceOrg.delete': remove,
  'instanceOrg.deviceCounts': (ctx) => counts.deviceCounts(ctx.record, counts.rangeOf(ctx)),
  'instanceOrg.notebookMinuteCounts': (ctx) => counts.notebookMinuteCounts(ctx.record, counts.rangeOf(ctx)),
  'instanceOrg.payloadCountsBreakdown': (ctx) => counts.payloadCountsBreakdown(ctx.record, counts.rangeOf(ctx), ctx.params),
  'instanceOrgMembers.get': (ctx) => {
    const page = listPage(members(ctx), { params: ctx.params, accepts: ctx.spec.params.map((p) => p.name) });
    delete page.totalCount;
    return conform('instanceOrgMembers', { ...page, instanceId: ctx.params.instanceId, orgId: ctx.record.org.id }, ctx.clock.now());
  },
  'instanceOrgMembers.post': addMember,
  'instanceOrgMember.get': (ctx) => member(ctx, ctx.params.userId),
  'instanceOrgMember.patch': (ctx) => {
    modifyMember(withParams(ctx, { member: { ...(ctx.params.member as Json), userId: ctx.params.userId } }));
    return member(ctx, ctx.params.userId);
  },
  'instanceOrgMember.delete': (ctx) => {
    removeMember(ctx);
    return { success: true };
  },
  'instanceOrgInvites.get': inviteCollection,
  'instanceOrgInvites.post': (ctx) => {
    inviteMember(ctx);
    return inviteCollection(ctx);
  },
  'instanceOrgInvite.get': (ctx) => renderInvites(ctx.record, ctx.clock.now()).filter((i) => sameId(i.id, ctx.params.inviteId))[0],
  'instanceOrgInvite.delete': (ctx) => {
    revokeInvite(ctx);
    return { success: true };
  },
  'instanceOrgInvite.resendInvite': resendInvite,
};
