/**
 * `orgs.get` and `orgs.post`, on the organization state the Org actions use:
 * the list holds the organizations the caller's user is a member of (every
 * organization for a token with no user), and a new organization has that
 * user as its admin.
 */
import { iso } from '../state/clock';
import { conform } from '../state/conform';
import type { Behaviour, Context } from '../access/context';
import { userIdOf } from '../access/context';
import { newId } from '../state/ids';
import { listPage, listParams } from '../state/list';
import { renderOrg } from './org-view';
import { key, sameId } from '../state/store';
import type { OrgRecord } from '../types';

/** The organizations the caller's user belongs to, in the state's order. */
export function orgsOf(ctx: Context): OrgRecord[] {
  const user = userIdOf(ctx);
  const all = Array.from(ctx.state.orgs.values());
  return user ? all.filter((r) => r.org.members.some((m) => sameId(m.userId, user))) : all;
}

type Doc = { [k: string]: unknown };

/** A list answer of organizations, each rendered by `render`, paged, sorted and filtered as the action's params say. */
export function orgList(ctx: Context, records: OrgRecord[], schema: string, render: (r: OrgRecord) => Doc): unknown {
  const params = listParams(ctx);
  const docs = records.map(render);
  return conform(schema, listPage(docs, { params, accepts: ctx.spec.params.map((p) => p.name) }), ctx.clock.now());
}

/** A new organization record: the given fields (never `cardToken`, a secret), the caller as admin. */
export function newOrg(ctx: Context, fields: { [k: string]: unknown }): OrgRecord {
  const now = ctx.clock.tick();
  const id = newId(now);
  const user = userIdOf(ctx);
  const profile = user ? ctx.state.users.get(key(user)) : undefined;
  const org = { ...fields, id, name: String(fields.name), creationDate: iso(now), lastUpdated: iso(now), members: [] as OrgRecord['org']['members'] };
  delete (org as { cardToken?: unknown }).cardToken;
  if (user) {
    org.members.push({
      userId: user, email: profile && profile.email, firstName: profile && profile.firstName, lastName: profile && profile.lastName,
      role: 'admin', applicationRoles: [], dashboardRoles: [],
    });
  }
  const record: OrgRecord = { org, invites: [], usage: { devices: [], notebooks: [], payloads: [] } };
  ctx.state.orgs.set(key(id), record);
  return record;
}

export const orgsBehaviours: { [name: string]: Behaviour } = {
  'orgs.get': (ctx) => orgList(ctx, orgsOf(ctx), 'orgs', (r) => renderOrg(ctx.state, r, ctx.clock.now(), ctx.params) as unknown as Doc),
  'orgs.post': (ctx) => renderOrg(ctx.state, newOrg(ctx, ctx.params.organization as { [k: string]: unknown }), ctx.clock.now()),
};
