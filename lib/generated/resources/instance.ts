/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instance.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import instancePatch from '../schemas/instancePatch';
import instanceReportOptionsPost from '../schemas/instanceReportOptionsPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  deviceCounts: {
    method: 'GET', path: '/instances/{instanceId}/deviceCounts', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instance.*', 'instance.deviceCounts'],
    responses: [{ status: 200, schema: 'deviceCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  generateReport: {
    method: 'POST', path: '/instances/{instanceId}/generateReport', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', schema: instanceReportOptionsPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instance.*', 'instance.generateReport'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/instances/{instanceId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instance.*', 'instance.get'],
    responses: [{ status: 200, schema: 'instance' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  historicalSummaries: {
    method: 'GET', path: '/instances/{instanceId}/historicalSummaries', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'month', in: 'query', type: 'string' },
      { name: 'sortField', in: 'query', type: 'string', enum: ['resourceId', 'currentPeriodStart'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['resourceType', 'resourceId', 'ownerId', 'ownerType'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instance.*', 'instance.historicalSummaries'],
    responses: [{ status: 200, schema: 'historicalSummaries' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  notebookMinuteCounts: {
    method: 'GET', path: '/instances/{instanceId}/notebookMinuteCounts', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instance.*', 'instance.notebookMinuteCounts'],
    responses: [{ status: 200, schema: 'notebookMinuteCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/instances/{instanceId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'instance', in: 'body', type: 'schema', required: true, schema: instancePatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instance.*', 'instance.patch'],
    responses: [{ status: 200, schema: 'instance' }], errors: [{ status: 400, schema: 'error' }],
  },
  payloadCounts: {
    method: 'GET', path: '/instances/{instanceId}/payloadCounts', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instance.*', 'instance.payloadCounts'],
    responses: [{ status: 200, schema: 'payloadStats' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCountsBreakdown: {
    method: 'GET', path: '/instances/{instanceId}/payloadCountsBreakdown', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string', enum: ['86400000', '3600000'] },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'includeNonBillable', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instance.*', 'instance.payloadCountsBreakdown'],
    responses: [{ status: 200, schema: 'payloadCountsBreakdown' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
