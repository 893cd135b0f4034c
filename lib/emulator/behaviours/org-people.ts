/** Behaviours of the member and invite actions. */
import type { OrganizationMember } from '../../compat-types';
import type { OrganizationInvitationPost, OrganizationMemberPatch } from '../../generated/schema-types';
import { invalid, notFound } from '../server/api-error';
import { DAY, iso } from '../state/clock';
import { newId } from '../state/ids';
import { renderInvites, renderOrg } from './org-view';
import type { Context } from '../access/context';
import type { OrgRecord } from '../types';

const INVITE_TTL = 7 * DAY;

function sameId(a: unknown, b: string): boolean {
  return String(a).toLowerCase() === b.toLowerCase();
}

function findMember(record: OrgRecord, userId: string): OrganizationMember {
  const member = record.org.members.filter((m) => sameId(m.userId, userId))[0];
  if (!member) throw notFound(`User ${userId} is not a member of this organization`);
  return member;
}

/** An organization always keeps an admin: nobody could manage it otherwise. */
function keepAnAdmin(record: OrgRecord, leaving: OrganizationMember): void {
  const admins = record.org.members.filter((m) => m.role === 'admin' && m !== leaving);
  if (leaving.role === 'admin' && admins.length === 0) throw invalid('An organization must keep at least one admin');
}

export function pendingInvites(ctx: Context) {
  return renderInvites(ctx.record, ctx.clock.now());
}

export function inviteMember(ctx: Context) {
  const invite = ctx.params.invite as OrganizationInvitationPost;
  const email = invite.email.toLowerCase();
  const record = ctx.record;
  if (record.org.members.some((m) => String(m.email).toLowerCase() === email)) {
    throw invalid(`invite.email ${invite.email} is already a member`);
  }
  if (record.invites.some((i) => String(i.email).toLowerCase() === email)) {
    throw invalid(`invite.email ${invite.email} already has a pending invite`);
  }
  const now = ctx.clock.tick();
  record.invites.push({
    id: newId(now),
    email: invite.email,
    role: invite.role,
    applicationRoles: invite.applicationRoles || [],
    dashboardRoles: invite.dashboardRoles || [],
    inviteDate: iso(now),
    ttl: INVITE_TTL,
    disallowTransfer: invite.disallowTransfer === true,
  });
  return renderInvites(record, ctx.clock.now());
}

export function revokeInvite(ctx: Context) {
  const inviteId = String(ctx.params.inviteId);
  const record = ctx.record;
  const before = record.invites.length;
  record.invites = record.invites.filter((i) => !sameId(i.id, inviteId));
  if (record.invites.length === before) throw notFound(`Invite ${inviteId} was not found`);
  return renderInvites(record, ctx.clock.now());
}

export function modifyMember(ctx: Context) {
  const change = ctx.params.member as OrganizationMemberPatch;
  const member = findMember(ctx.record, change.userId);
  if (change.role !== undefined && change.role !== 'admin') keepAnAdmin(ctx.record, member);
  if (change.role !== undefined) member.role = change.role;
  if (change.applicationRoles !== undefined) member.applicationRoles = change.applicationRoles;
  if (change.dashboardRoles !== undefined) member.dashboardRoles = change.dashboardRoles;
  ctx.record.org.lastUpdated = iso(ctx.clock.tick());
  return renderOrg(ctx.state, ctx.record, ctx.clock.now(), ctx.params);
}

export function removeMember(ctx: Context) {
  const member = findMember(ctx.record, String(ctx.params.userId));
  keepAnAdmin(ctx.record, member);
  ctx.record.org.members = ctx.record.org.members.filter((m) => m !== member);
  ctx.record.org.lastUpdated = iso(ctx.clock.tick());
  return renderOrg(ctx.state, ctx.record, ctx.clock.now(), ctx.params);
}
