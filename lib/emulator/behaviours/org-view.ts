/**
 * What the API answers for an organization and its invites: the stored
 * fields, the computed summary (trimmed by summaryInclude/summaryExclude),
 * and invites with `hasExpired` as of now.
 */
import type { OrganizationInvitation, OrganizationMember } from '../../compat-types';
import type { Organization, PayloadStats } from '../../generated/schema-types';
import { DAY } from '../state/clock';
import { ownedBy } from '../access/ownership';
import type { OrgRecord, PayloadEntry, State } from '../types';

/** The summary's payloadCount covers this window, like the platform's usage page. */
const PAYLOAD_WINDOW = 30 * DAY;

/**
 * Sources are whatever the seed says (`constructor`, `__proto__` …): they are
 * summed in Maps and returned as objects without a prototype, where every
 * name is an ordinary key (JSON.stringify writes them all).
 */
export function payloadStats(entries: PayloadEntry[], start: number, end: number): PayloadStats {
  const stats = new Map<string, Map<string, number>>();
  for (const e of entries) {
    if (e.time < start || e.time > end) continue;
    let byType = stats.get(e.type);
    if (!byType) stats.set(e.type, (byType = new Map()));
    byType.set(e.source, (byType.get(e.source) || 0) + e.count);
  }
  const result = plainRecord<Record<string, number>>();
  stats.forEach((bySource, type) => {
    const counts = plainRecord<number>();
    bySource.forEach((count, source) => { counts[source] = count; });
    result[type] = counts;
  });
  return result as PayloadStats;
}

/** An object with no prototype: any string, `__proto__` included, is an ordinary own key. */
export function plainRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

function splitList(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

/** The fields of a member that the user's own profile holds: `me.patch` changes them everywhere. */
const PROFILE_FIELDS = ['email', 'firstName', 'lastName', 'avatarUrl', 'twoFactorAuthEnabled'];

/** The members, each with the current profile of its user where the state has that user. */
export function renderMembers(state: State, record: OrgRecord): OrganizationMember[] {
  return record.org.members.map((member) => {
    const user = state.users.get(String(member.userId).toLowerCase()) as Record<string, unknown> | undefined;
    const copy = JSON.parse(JSON.stringify(member)) as Record<string, unknown>;
    if (user) for (const field of PROFILE_FIELDS) if (user[field] !== undefined) copy[field] = user[field];
    return copy as OrganizationMember;
  });
}

export function renderOrg(state: State, record: OrgRecord, now: number, params: Record<string, unknown> = {}): Organization {
  const owner = { type: 'organization' as const, id: record.org.id };
  const computed: Record<string, unknown> = {
    ...(record.org.summary || {}),
    memberCount: record.org.members.length,
    pendingInviteCount: record.invites.length,
    appCount: ownedBy(state, 'applications', owner).length,
    dashCount: ownedBy(state, 'dashboards', owner).length,
    payloadCount: payloadStats(record.usage.payloads, now - PAYLOAD_WINDOW, now),
  };
  const include = splitList(params.summaryInclude);
  const exclude = splitList(params.summaryExclude) || [];
  // The seed's summary may name any field: copy it without a prototype to set it through.
  const summary = plainRecord<unknown>();
  for (const key of Object.keys(computed)) {
    if (include && include.indexOf(key) === -1) continue;
    if (exclude.indexOf(key) !== -1) continue;
    summary[key] = computed[key];
  }
  const org = JSON.parse(JSON.stringify(record.org)) as Organization;
  return { id: record.org.id, orgId: record.org.id, ...org, members: renderMembers(state, record), summary };
}

export function renderInvites(record: OrgRecord, now: number): OrganizationInvitation[] {
  return record.invites.map((invite) => {
    const sent = Date.parse(invite.inviteDate || '');
    const hasExpired = typeof invite.ttl === 'number' && !isNaN(sent) ? sent + invite.ttl < now : false;
    return { ...JSON.parse(JSON.stringify(invite)), hasExpired };
  });
}
