/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/org.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import orgInvitePost from '../schemas/orgInvitePost';
import orgMemberPatch from '../schemas/orgMemberPatch';
import orgPatch from '../schemas/orgPatch';
import resourceTransfer from '../schemas/resourceTransfer';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/orgs/{orgId}', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'only.Organization', 'only.Organization.bounded', 'org.*', 'org.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  deviceCounts: {
    method: 'GET', path: '/orgs/{orgId}/deviceCounts', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read', 'org.*', 'org.deviceCounts'],
    responses: [{ status: 200, schema: 'deviceCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/orgs/{orgId}', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read', 'org.*', 'org.get'],
    responses: [{ status: 200, schema: 'org' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  inviteMember: {
    method: 'POST', path: '/orgs/{orgId}/invites', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'invite', in: 'body', type: 'schema', required: true, schema: orgInvitePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.User', 'only.Organization', 'org.*', 'org.inviteMember'],
    responses: [{ status: 200, schema: 'orgInvites' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  modifyMember: {
    method: 'PATCH', path: '/orgs/{orgId}/member', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'member', in: 'body', type: 'schema', required: true, schema: orgMemberPatch },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.User', 'only.Organization', 'org.*', 'org.modifyMember'],
    responses: [{ status: 200, schema: 'org' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  notebookMinuteCounts: {
    method: 'GET', path: '/orgs/{orgId}/notebookMinuteCounts', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read', 'org.*', 'org.notebookMinuteCounts'],
    responses: [{ status: 200, schema: 'notebookMinuteCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/orgs/{orgId}', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'organization', in: 'body', type: 'schema', required: true, schema: orgPatch },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'only.Organization', 'only.Organization.bounded', 'org.*', 'org.patch'],
    responses: [{ status: 200, schema: 'org' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCounts: {
    method: 'GET', path: '/orgs/{orgId}/payloadCounts', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read', 'org.*', 'org.payloadCounts'],
    responses: [{ status: 200, schema: 'payloadStats' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCountsBreakdown: {
    method: 'GET', path: '/orgs/{orgId}/payloadCountsBreakdown', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string', enum: ['86400000', '3600000'] },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'includeNonBillable', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read', 'org.*', 'org.payloadCountsBreakdown'],
    responses: [{ status: 200, schema: 'payloadCountsBreakdown' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  pendingInvites: {
    method: 'GET', path: '/orgs/{orgId}/invites', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read', 'org.*', 'org.pendingInvites'],
    responses: [{ status: 200, schema: 'orgInvites' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  removeMember: {
    method: 'DELETE', path: '/orgs/{orgId}/member', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'userId', in: 'query', type: 'string', required: true },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.User', 'only.Organization', 'org.*', 'org.removeMember'],
    responses: [{ status: 200, schema: 'org' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  revokeInvite: {
    method: 'DELETE', path: '/orgs/{orgId}/invites', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'inviteId', in: 'query', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.User', 'only.Organization', 'org.*', 'org.revokeInvite'],
    responses: [{ status: 200, schema: 'orgInvites' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  transferResources: {
    method: 'PATCH', path: '/orgs/{orgId}/transferResources', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'transfer', in: 'body', type: 'schema', required: true, schema: resourceTransfer },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.User', 'only.Organization', 'org.*', 'org.transferResources'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
