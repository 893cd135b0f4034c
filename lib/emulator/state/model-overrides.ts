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
 * Item paths the description spells two ways: an instance's audit logs are
 * under `/instance/{instanceId}` (singular), its other parts under
 * `/instances/{instanceId}`. Both name the same instance, so the audit logs
 * belong to it (their parent) and are checked against it like the rest.
 */
export const PATH_ALIASES: { readonly [path: string]: string } = {
  '/instance/{instanceId}': '/instances/{instanceId}',
};

/**
 * Paths that look like a collection/item pair but are views of state kept
 * elsewhere, so the generic store must not answer them: `/me/invites/{inviteId}`
 * reads the organizations' invites addressed to the caller (behaviours/me-invites.ts),
 * a device's `attributes/{name}` are its document's `attributes` (behaviours/device-attributes.ts).
 */
export const NOT_PAIRS = ['me', 'deviceAttributes'];

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
  // A credential's secrets (credential-secrets.ts) are never answered, not even to the create.
  credentials: ['secrets'],
  // An OAuth token's user: its schema has no owner field, yet only she may see it (access.ts).
  userOauthTokens: ['ownerId', 'ownerType'],
  // A private file's bytes, served at its signed download url (behaviours/private-files.ts).
  privateFiles: ['content'],
};

/**
 * Pairs backed by the organization state that the Org actions have kept since
 * the start (members, invites, usage) rather than by the generic store: their
 * behaviour is written by hand (behaviours/orgs.ts, behaviours/instance-orgs.ts).
 */
export const ORG_BACKED = ['orgs', 'instanceOrgs', 'instanceOrgMembers', 'instanceOrgInvites'];
