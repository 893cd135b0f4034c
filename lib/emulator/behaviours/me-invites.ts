/**
 * The caller's own invitations (`/me/invites`): the pending invites of every
 * organization that are addressed to her user's email, whoever sent them.
 * She reads one by id (another's invite is answered as unknown, 404), and
 * answers it: `accept` makes her a member with the invite's roles, `reject`
 * and `dismiss` drop it; either way the invite is gone. An expired invite
 * can be read (`expired`) but no longer answered (410).
 */
import { ApiError, notFound } from '../server/api-error';
import { iso } from '../state/clock';
import { conform } from '../state/conform';
import type { Behaviour, Context } from '../access/context';
import { userIdOf } from '../access/context';
import { key, sameId } from '../state/store';
import type { Json } from '../state/store';
import type { OrgRecord } from '../types';
import { renderInvites } from './org-view';

interface Addressed { record: OrgRecord; invite: Json }

function emailOf(ctx: Context): string {
  const id = userIdOf(ctx);
  const user = id ? ctx.state.users.get(key(id)) : undefined;
  if (!user) throw notFound('The access token belongs to no user of the emulator (add users to the seed)');
  return String(user.email).toLowerCase();
}

function addressed(ctx: Context): Addressed[] {
  const email = emailOf(ctx);
  const found: Addressed[] = [];
  ctx.state.orgs.forEach((record) => {
    for (const invite of renderInvites(record, ctx.clock.now())) {
      if (String(invite.email).toLowerCase() === email) found.push({ record, invite: invite as unknown as Json });
    }
  });
  return found;
}

function inviteOf(ctx: Context): Addressed {
  const id = String(ctx.params.inviteId);
  const found = addressed(ctx).filter((a) => sameId(a.invite.id, id))[0];
  if (!found) throw notFound(`Invite ${id} was not found`);
  return found;
}

function render(ctx: Context, { record, invite }: Addressed): Json {
  return conform('orgInviteUser', {
    id: invite.id, orgName: record.org.name, role: invite.role, inviteDate: invite.inviteDate, ttl: invite.ttl,
    expired: invite.hasExpired === true, requiresMFA: false,
  }, ctx.clock.now());
}

function respond(ctx: Context): Json {
  const found = inviteOf(ctx);
  const { record, invite } = found;
  if (invite.hasExpired === true) throw new ApiError(410, 'Gone', `Invite ${String(invite.id)} has expired`);
  const action = String((ctx.params.response as Json).action);
  const userId = userIdOf(ctx) as string;
  const user = ctx.state.users.get(key(userId));
  record.invites = record.invites.filter((i) => !sameId(i.id, String(invite.id)));
  if (action === 'accept' && user && !record.org.members.some((m) => sameId(m.userId, userId))) {
    record.org.members.push({
      userId: user.id, firstName: user.firstName, lastName: user.lastName, email: user.email, role: invite.role,
      applicationRoles: invite.applicationRoles || [], dashboardRoles: invite.dashboardRoles || [],
    } as OrgRecord['org']['members'][number]);
  }
  record.org.lastUpdated = iso(ctx.clock.tick());
  const result = action === 'accept' ? 'accepted' : action === 'reject' ? 'rejected' : 'dismissed';
  return conform('orgInviteResultUser', { result, orgId: record.org.id }, ctx.clock.now());
}

export const meInviteBehaviours: { [name: string]: Behaviour } = {
  'me.invites': (ctx) => addressed(ctx).map((a) => render(ctx, a)) as unknown as Json,
  'me.invite': (ctx) => render(ctx, inviteOf(ctx)),
  'me.respondToInvite': respond,
};
