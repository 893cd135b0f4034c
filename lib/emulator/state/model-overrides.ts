/**
 * What no naming convention of the action table tells: the few places where the
 * emulator's model of the API (model.ts) is written by hand. Everything else is
 * derived from the table's paths and names.
 */

/** Collection/item pairs whose paths do not nest: the list is `/files`, each item `/file/{fileId}`. */
export const EXTRA_PAIRS: ReadonlyArray<{ list: string; item: string }> = [
  { list: '/applications/{applicationId}/files', item: '/applications/{applicationId}/file/{fileId}' },
];

/**
 * Pairs that are two views of one collection: an application's dashboards are
 * dashboards (the top-level `/dashboards/{dashboardId}` reaches them too), so
 * they share one store, named after the top-level pair. Which application a
 * dashboard belongs to is its document's `applicationId`, whichever path
 * created it (store.ts parentOf).
 */
export const SHARED_STORES: { readonly [pair: string]: string } = {
  applicationDashboards: 'dashboards',
};

/**
 * Top-level items that belong to their members, listed in a child collection
 * with a `role` (access.ts): an instance's members may act on it, an `admin`
 * may change it.
 */
export const MEMBERS_OF: { readonly [pair: string]: string } = {
  instances: 'instanceMembers',
};

/** Pairs whose item is found by another field too (`/experience/versions/{experienceVersionIdOrName}`). */
export const LOOKUP_FIELDS: { readonly [pair: string]: readonly string[] } = {
  experienceVersions: ['version'],
};

/**
 * Fields kept in the state but left out of the item's answers: secrets the
 * platform shows once, in the answer to the create (they work: keys
 * authenticate devices, tokens authenticate requests), and what other actions
 * read (an application's readme, a flow's storage).
 */
export const HIDDEN_FIELDS: { readonly [store: string]: readonly string[] } = {
  applications: ['readme'],
  flows: ['storage'],
  applicationKeys: ['secret'],
  applicationApiTokens: ['token'],
  instanceApiTokens: ['token'],
  userApiTokens: ['token'],
  experienceUsers: ['password'],
};

/**
 * Pairs backed by the organization state that the Org actions have kept since
 * the start (members, invites, usage) rather than by the generic store: their
 * behaviour is written by hand (behaviours/orgs.ts, behaviours/instance-orgs.ts).
 */
export const ORG_BACKED = ['orgs', 'instanceOrgs', 'instanceOrgMembers', 'instanceOrgInvites'];
