/**
 * Finds the items an action's path names, outermost first (the application,
 * then its device), each within the scope of the ones before it: a device of
 * another application is not found. Anything missing is a 404 naming what
 * and which id. Organizations (and their members and invites, under an
 * instance) are found in the organization state.
 *
 * Each item found is also one the caller must be allowed to act on
 * (access.ts), for every action that names items, reads and writes alike:
 * one she may not see is answered exactly as a missing one.
 */
import type { ActionSpec } from '../../actions/types';
import { enforce, needOf, verdictOn, verdictOnOrg } from './access';
import type { Caller } from './access';
import { notFound } from '../server/api-error';
import { model, pathItems } from '../state/model';
import { findItem, key, sameId } from '../state/store';
import type { Item } from '../state/store';
import type { OrgRecord, State } from '../types';

export interface Located {
  items: { [param: string]: Item };
  record?: OrgRecord;
}

/** `dataTableRow` → `Data table row`, for messages. */
export function label(resource: string): string {
  const words = resource.replace(/([a-z\d])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `caller` is left out for the actions that need no token: those are answered whoever asks. */
export function locate(state: State, spec: ActionSpec, pathParams: Record<string, string>, caller?: Caller): Located {
  const found: Located = { items: {} };
  for (const { pair, param } of pathItems(model(), spec.path)) {
    const id = pathParams[param];
    if (pair.name === 'orgs' || pair.name === 'instanceOrgs') {
      const unknown = `Organization ${id} was not found`;
      found.record = state.orgs.get(key(id));
      if (!found.record) throw notFound(unknown);
      // Under an instance, the instance's members manage its organizations (the instance was checked first).
      if (caller && !pair.parent) enforce(verdictOnOrg(caller, found.record, needOf(spec, pair)), unknown);
    } else if (pair.name === 'instanceOrgMembers') {
      const record = found.record as OrgRecord;
      if (!record.org.members.some((m) => sameId(m.userId, id))) throw notFound(`User ${id} is not a member of this organization`);
    } else if (pair.name === 'instanceOrgInvites') {
      const record = found.record as OrgRecord;
      if (!record.invites.some((i) => sameId(i.id, id))) throw notFound(`Invite ${id} was not found`);
    } else {
      // The message is only built for a refusal (this runs for every item of every request).
      const unknown = () => `${label(pair.item)} ${id} was not found`;
      const item = findItem(state.store, pair, pathParams, id);
      if (!item) throw notFound(unknown());
      if (caller) enforce(verdictOn(state, caller, pair, item, needOf(spec, pair)), unknown);
      found.items[param] = item;
    }
  }
  return found;
}
