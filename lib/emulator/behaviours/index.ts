/**
 * Which behaviour answers each action: a hand-written one where the issue
 * asks for real behaviour (the files of this folder), else the generic
 * collection behaviour of the pair the action belongs to (collections.ts),
 * else an answer synthesized from the response schema (synthesized.ts).
 */
import { genericBehaviour } from '../state/collections';
import type { Behaviour } from '../access/context';
import { model } from '../state/model';
import { synthesized } from '../state/synthesized';
import { applicationExtraBehaviours } from './application-extras';
import { authBehaviours } from './auth';
import { rowBehaviours } from './data-table-rows';
import { deviceStateBehaviours } from './device-state';
import { devicesBehaviours } from './devices';
import { instanceOrgBehaviours } from './instance-orgs';
import { meBehaviours } from './me';
import { meInviteBehaviours } from './me-invites';
import { deviceAttributeBehaviours } from './device-attributes';
import { privateFileBehaviours } from './private-files';
import { orgBehaviours } from './org';
import { orgsBehaviours } from './orgs';
import { streamBehaviours } from './streams';
import { uploadBehaviours } from './uploads';

const byName = new Map<string, Behaviour>();
const derived = new Map<string, Behaviour>();

function add(table: { [name: string]: Behaviour }): void {
  for (const name of Object.keys(table)) byName.set(name, table[name]);
}

[orgBehaviours, orgsBehaviours, instanceOrgBehaviours, authBehaviours, meBehaviours, deviceStateBehaviours, devicesBehaviours,
  streamBehaviours, rowBehaviours, uploadBehaviours, applicationExtraBehaviours, meInviteBehaviours, deviceAttributeBehaviours,
  privateFileBehaviours].forEach(add);

/** GET actions that change the state all the same (a new token): their answers are persisted like writes. */
const WRITING_GETS = ['me.refreshToken'];

export function writesOnGet(name: string): boolean {
  return WRITING_GETS.indexOf(name) !== -1;
}

/** The hand-written behaviours, by `resource.action` (tests check they cover every organization-backed pair). */
export function handWritten(): string[] {
  return Array.from(byName.keys());
}

export function behaviourOf(resource: string, action: string): Behaviour {
  const name = `${resource}.${action}`;
  let behaviour = byName.get(name) || derived.get(name);
  if (!behaviour) {
    const role = model().roles.get(name);
    behaviour = role ? genericBehaviour(role.pair, role.role) : (ctx) => synthesized(ctx);
    derived.set(name, behaviour);
  }
  return behaviour;
}
