/**
 * Names of parts of the Org types that 0.1.0 exported from its own schemas. The imported
 * schemas inline these parts, so they are derived here by indexing, to keep code that
 * imports them compiling.
 */
import type { Organization, OrganizationInvitationPost, PayloadStats } from './generated/schema-types';

/** A member's role in an organization. */
export type OrgRole = NonNullable<OrganizationInvitationPost['role']>;
/** A role on one application or dashboard. */
export type ResourceRole = NonNullable<OrganizationInvitationPost['applicationRoles']>[number];
export type OrganizationMember = NonNullable<Organization['members']>[number];
// The imported schemas' own (an alias of `OrganizationInvitations[number]` clashed with it, and
// TypeScript before 5 then showed the bundler's rename, `OrganizationInvitation$1`, in messages).
export type { OrganizationInvitation } from './generated/schema-types';
/** Payload counts keyed by source (an application id, say). */
export type CountsBySource = NonNullable<PayloadStats['deviceState']>;
