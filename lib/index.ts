/** Public entry point: named exports only (no default export, so `require` and `import` read the same). */
export { createClient } from './client';
export type { Client } from './client';
export { LosantError, isLosantError } from './errors';
export type { RequestSummary } from './errors';
export { orgActions } from './actions/org';
export { scopesFor } from './actions/scopes';
export type { ActionSpec, ParamSpec, ActionTable } from './actions/types';
export type { ClientOptions, CallOptions, RetryInfo, AbortSignalLike } from './options';
export type { FetchLike, FetchInit, FetchResponseLike } from './http/fetch-types';
export type {
  OrgApi, OrgParams, OrgResult, Callback, ActionMethod, HalParams, RawRequest, RawRequestMethod,
} from './types';
export type {
  Success, ErrorBody, DeviceCounts, Organization, OrganizationInvitationPost, OrganizationInvitations,
  OrganizationMemberPatch, NotebookMinuteCounts, OrganizationPatch, PayloadStats, PayloadCountsBreakdown,
  ResourceTransfer, SchemaTypes, SchemaName,
  OrgRole, ResourceRole, OrganizationMember, OrganizationInvitation, CountsBySource,
} from './generated/types';
