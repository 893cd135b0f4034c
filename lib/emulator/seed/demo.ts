/**
 * `emulator.demo`: ids, tokens and credentials from the seed, ready for
 * examples and tests. The Org ids come from the seed's first organization;
 * every other id is the first item of its collection within the demo's
 * other ids (the demo device is in the demo application, the demo row in
 * the demo data table), so they can be used together in one path.
 */
import { model } from '../state/model';
import { ORG_BACKED } from '../state/model-overrides';
import type { Pair } from '../state/model';
import { findItem, idOf, itemsOf } from '../state/store';
import type { Seed, State } from '../types';

export interface EmulatorDemo {
  /** A token allowed every action: the first with all.User (else all.Organization). */
  token: string;
  /** A read-only token: the first with all.User.read (else all.Organization.read). */
  readToken: string;
  orgId: string;
  /** A member of the organization who is not an admin. */
  userId: string;
  /** A token of that member (`userId`), when the seed has one. */
  memberToken: string;
  /** A pending invite. */
  inviteId: string;
  /** A pending invite addressed to the user of `token` (me.invite, me.respondToInvite). */
  myInviteId: string;
  applicationId: string;
  dashboardId: string;
  /** The first user's email and password (auth.authenticateUser). */
  email: string;
  password: string;
  /** An application key of the demo application and its secret (auth.authenticateDevice, with deviceId). */
  key: string;
  secret: string;
  /** The first item of every other collection, by its id parameter (`deviceId`, `dataTableId`, `rowId`, …). */
  [idParam: string]: string;
}

/** Pairs outermost first, so each scope's ids are chosen before the items inside them. */
function byDepth(pairs: Pair[]): Pair[] {
  const depth = (p: Pair): number => (p.parent ? 1 + depth(p.parent) : 0);
  return pairs.slice().sort((a, b) => depth(a) - depth(b));
}

export function demoOf(seed: Seed, state: State): EmulatorDemo {
  const withScope = (...scopes: string[]) => {
    for (const scope of scopes) {
      const token = seed.tokens.filter((t) => t.scopes.indexOf(scope) !== -1)[0];
      if (token) return token.token;
    }
    return '';
  };
  const org = seed.orgs[0];
  const member = org && (org.members || []).filter((m) => m.role !== 'admin')[0];
  const invite = org && (org.invites || [])[0];
  const user = (seed.users || [])[0];
  const demo: EmulatorDemo = {
    token: withScope('all.User', 'all.Organization'),
    readToken: withScope('all.User.read', 'all.Organization.read'),
    orgId: org ? org.id : '',
    userId: (member && member.userId) || '',
    memberToken: '',
    inviteId: (invite && invite.id) || '',
    myInviteId: '',
    applicationId: '',
    dashboardId: '',
    email: user ? user.email : '',
    password: (user && user.password) || '',
    key: '',
    secret: '',
  };
  const memberToken = seed.tokens.filter((t) => member && t.userId && t.userId.toLowerCase() === String(member.userId).toLowerCase())[0];
  if (memberToken) demo.memberToken = memberToken.token;
  const demoUser = seed.tokens.filter((t) => t.token === demo.token)[0];
  const email = (seed.users || []).filter((u) => demoUser && demoUser.userId && u.id.toLowerCase() === demoUser.userId.toLowerCase()).map((u) => u.email.toLowerCase())[0];
  for (const o of seed.orgs) for (const i of o.invites || []) if (!demo.myInviteId && email && String(i.email).toLowerCase() === email) demo.myInviteId = String(i.id);
  for (const pair of byDepth(Array.from(model().pairs.values()))) {
    if (ORG_BACKED.indexOf(pair.name) !== -1 || pair.idParam === 'userId' || demo[pair.idParam]) continue;
    const item = itemsOf(state.store, pair, demo)[0];
    demo[pair.idParam] = item ? idOf(pair, item) : '';
  }
  const key = findItem(state.store, model().pairs.get('applicationKeys') as Pair, demo, demo.applicationKeyId);
  if (key) {
    demo.key = String(key.doc.key || '');
    demo.secret = String(key.doc.secret || '');
  }
  return demo;
}
