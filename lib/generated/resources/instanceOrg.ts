/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceOrg.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import instanceOrgPatch from '../schemas/instanceOrgPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/instances/{instanceId}/orgs/{orgId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceOrg.*', 'instanceOrg.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  deviceCounts: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}/deviceCounts', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrg.*', 'instanceOrg.deviceCounts'],
    responses: [{ status: 200, schema: 'deviceCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrg.*', 'instanceOrg.get'],
    responses: [{ status: 200, schema: 'instanceOrg' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  notebookMinuteCounts: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}/notebookMinuteCounts', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrg.*', 'instanceOrg.notebookMinuteCounts'],
    responses: [{ status: 200, schema: 'notebookMinuteCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/instances/{instanceId}/orgs/{orgId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'organization', in: 'body', type: 'schema', required: true, schema: instanceOrgPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceOrg.*', 'instanceOrg.patch'],
    responses: [{ status: 200, schema: 'instanceOrg' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCounts: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}/payloadCounts', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrg.*', 'instanceOrg.payloadCounts'],
    responses: [{ status: 200, schema: 'payloadStats' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCountsBreakdown: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}/payloadCountsBreakdown', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string', enum: ['86400000', '3600000'] },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'includeNonBillable', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrg.*', 'instanceOrg.payloadCountsBreakdown'],
    responses: [{ status: 200, schema: 'payloadCountsBreakdown' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
