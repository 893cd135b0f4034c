/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/experienceEndpoints.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import experienceEndpointPost from '../schemas/experienceEndpointPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/experience/endpoints', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['order', 'method', 'route', 'id', 'creationDate', 'requestCount', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'filterField', in: 'query', type: 'string', enum: ['method', 'route'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'experienceGroupId', in: 'query', type: 'string' },
      { name: 'requestCountDuration', in: 'query', type: 'string' },
      { name: 'version', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'experienceEndpoints.*', 'experienceEndpoints.get'],
    responses: [{ status: 200, schema: 'experienceEndpoints' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/experience/endpoints', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceEndpoint', in: 'body', type: 'schema', required: true, schema: experienceEndpointPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'experienceEndpoints.*', 'experienceEndpoints.post'],
    responses: [{ status: 201, schema: 'experienceEndpoint' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  stats: {
    method: 'GET', path: '/applications/{applicationId}/experience/endpoints/stats', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'statGrouping', in: 'query', type: 'string', enum: ['statusCode', 'endpointId', 'version', 'domain'] },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string' },
      { name: 'versionFilter', in: 'query', type: 'string' },
      { name: 'domainFilter', in: 'query', type: 'string' },
      { name: 'statusCodeFilter', in: 'query', type: 'string' },
      { name: 'endpointIdFilter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'experienceEndpoints.*', 'experienceEndpoints.stats'],
    responses: [{ status: 200, schema: 'experienceEndpointStats' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
