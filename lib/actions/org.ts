/**
 * The 13 Org actions, as data. This table is the single source of truth for
 * the client methods, their TypeScript types, run-time validation, the docs
 * (docs/org.md) and the emulator's routes. Adding an action means adding one
 * entry here (plus its schema, if it has a new wire type): nothing else.
 *
 * Wire facts: ../shared/api/org-api-facts.md. User-facing wording (names,
 * descriptions, examples): ../shared/seed/org-actions.md.
 */
import type { ActionTable } from './types';
import { losantdomain, orgId, range, summaryExclude, summaryInclude } from './org-params';

const malformed = 'Error if malformed request';

export const orgActions = {
  delete: {
    title: 'Delete',
    description: 'Deletes an organization',
    method: 'DELETE',
    path: '/orgs/{orgId}',
    access: 'write',
    params: { orgId, losantdomain },
    success: { status: 200, type: 'success', description: 'If organization was successfully deleted' },
    errors: { 400: malformed, 404: 'Error if organization was not found' },
  },
  deviceCounts: {
    title: 'Device Counts',
    description: 'Returns device counts by day for the time range specified for this organization',
    method: 'GET',
    path: '/orgs/{orgId}/deviceCounts',
    access: 'read',
    params: { orgId, ...range.device, losantdomain },
    success: { status: 200, type: 'deviceCounts', description: 'Device counts by day' },
    errors: { 400: malformed, 404: 'Error if organization was not found' },
  },
  get: {
    title: 'Get',
    description: 'Retrieves information on an organization',
    method: 'GET',
    path: '/orgs/{orgId}',
    access: 'read',
    params: { orgId, summaryExclude, summaryInclude, losantdomain },
    success: { status: 200, type: 'org', description: 'Organization information' },
    errors: { 400: malformed, 404: 'Error if organization not found' },
  },
  inviteMember: {
    title: 'Invite Member',
    description: 'Invites a person to an organization',
    method: 'POST',
    path: '/orgs/{orgId}/invites',
    access: 'write',
    params: {
      orgId,
      invite: { in: 'body', type: 'orgInvitePost', required: true, description: 'Object containing new invite info' },
      losantdomain,
    },
    success: { status: 200, type: 'orgInvites', description: 'Invitation information' },
    errors: { 400: malformed, 404: 'Error if organization not found' },
  },
  modifyMember: {
    title: 'Modify Member',
    description: "Modifies a current org member's role",
    method: 'PATCH',
    path: '/orgs/{orgId}/member',
    access: 'write',
    params: {
      orgId,
      member: { in: 'body', type: 'orgMemberPatch', required: true, description: 'Object containing new member pair' },
      summaryExclude, summaryInclude, losantdomain,
    },
    success: { status: 200, type: 'org', description: 'Updated organization information' },
    errors: { 400: malformed, 404: 'Error if organization not found' },
  },
  notebookMinuteCounts: {
    title: 'Notebook Minute Counts',
    description: 'Returns notebook execution usage by day for the time range specified for this organization',
    method: 'GET',
    path: '/orgs/{orgId}/notebookMinuteCounts',
    access: 'read',
    params: { orgId, ...range.notebook, losantdomain },
    success: { status: 200, type: 'notebookMinuteCounts', description: 'Notebook usage information' },
    errors: { 400: malformed, 404: 'Error if organization was not found' },
  },
  patch: {
    title: 'Patch',
    description: 'Updates information about an organization',
    method: 'PATCH',
    path: '/orgs/{orgId}',
    access: 'write',
    params: {
      orgId,
      organization: { in: 'body', type: 'orgPatch', required: true, description: 'Object containing new organization properties' },
      summaryExclude, summaryInclude, losantdomain,
    },
    success: { status: 200, type: 'org', description: 'Updated organization information' },
    errors: { 400: malformed, 404: 'Error if organization was not found' },
  },
  payloadCounts: {
    title: 'Payload Counts',
    description: 'Returns payload counts for the time range specified for all applications this organization owns',
    method: 'GET',
    path: '/orgs/{orgId}/payloadCounts',
    access: 'read',
    params: { orgId, ...range.payload, losantdomain },
    success: { status: 200, type: 'payloadStats', description: 'Payload counts, by type and source' },
    errors: { 400: malformed, 404: 'Error if organization was not found' },
  },
  payloadCountsBreakdown: {
    title: 'Payload Counts Breakdown',
    description: 'Returns payload counts per resolution in the time range specified for all application this organization owns',
    method: 'GET',
    path: '/orgs/{orgId}/payloadCountsBreakdown',
    access: 'read',
    params: {
      orgId,
      ...range.payload,
      resolution: {
        in: 'query', type: 'string', required: false, enum: ['86400000', '3600000'],
        description: 'Resolution in milliseconds. Accepted values are: 86400000, 3600000', default: '86400000', example: '86400000',
      },
      asBytes: {
        in: 'query', type: 'string', required: false, enum: ['true', 'false'],
        description: 'If the resulting stats should be returned as bytes', default: 'false', example: 'true',
      },
      includeNonBillable: {
        in: 'query', type: 'string', required: false, enum: ['true', 'false'],
        description: 'If non-billable payloads should be included in the result', default: 'false', example: 'true',
      },
      losantdomain,
    },
    success: { status: 200, type: 'payloadCountsBreakdown', description: 'Sum of payload counts by date' },
    errors: { 400: malformed, 404: 'Error if organization was not found' },
  },
  pendingInvites: {
    title: 'Pending Invites',
    description: 'Gets the current pending invites',
    method: 'GET',
    path: '/orgs/{orgId}/invites',
    access: 'read',
    params: { orgId, losantdomain },
    success: { status: 200, type: 'orgInvites', description: 'Invitation information' },
    errors: { 400: malformed, 404: 'Error if organization not found' },
  },
  removeMember: {
    title: 'Remove Member',
    description: 'Removes a member from the org',
    method: 'DELETE',
    path: '/orgs/{orgId}/member',
    access: 'write',
    params: {
      orgId,
      userId: { in: 'query', type: 'string', required: true, description: 'Id of user to remove', example: '575ed70c7ae143cd83dc4aa9' },
      summaryExclude, summaryInclude, losantdomain,
    },
    success: { status: 200, type: 'org', description: 'Updated organization information' },
    errors: { 400: malformed, 404: 'Error if organization not found' },
  },
  revokeInvite: {
    title: 'Revoke Invite',
    description: 'Revokes an existing invite',
    method: 'DELETE',
    path: '/orgs/{orgId}/invites',
    access: 'write',
    params: {
      orgId,
      inviteId: { in: 'query', type: 'string', required: true, description: 'Id of invite to revoke', example: '575ed71e7ae143cd83dc4aaa' },
      losantdomain,
    },
    success: { status: 200, type: 'orgInvites', description: 'Invitation information' },
    errors: { 400: malformed, 404: 'Error if organization not found' },
  },
  transferResources: {
    title: 'Transfer Resources',
    description: 'Moves resources to a new owner',
    method: 'PATCH',
    path: '/orgs/{orgId}/transferResources',
    access: 'write',
    params: {
      orgId,
      transfer: { in: 'body', type: 'resourceTransfer', required: true, description: 'Object containing properties of the transfer' },
      losantdomain,
    },
    success: { status: 200, type: 'success', description: 'If resource transfer was successful' },
    errors: { 400: malformed, 404: 'Error if organization was not found' },
  },
} as const satisfies ActionTable;

export type OrgActions = typeof orgActions;
export type OrgActionName = keyof OrgActions;
