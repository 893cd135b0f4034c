/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/experienceEndpoint.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import experienceEndpointPatch from '../schemas/experienceEndpointPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/experience/endpoints/{experienceEndpointId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceEndpointId', in: 'path', type: 'string', required: true },
      { name: 'includeWorkflows', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'experienceEndpoint.*', 'experienceEndpoint.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/experience/endpoints/{experienceEndpointId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceEndpointId', in: 'path', type: 'string', required: true },
      { name: 'version', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'experienceEndpoint.*', 'experienceEndpoint.get'],
    responses: [{ status: 200, schema: 'experienceEndpoint' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  linkedResources: {
    method: 'GET', path: '/applications/{applicationId}/experience/endpoints/{experienceEndpointId}/linkedResources', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceEndpointId', in: 'path', type: 'string', required: true },
      { name: 'version', in: 'query', type: 'string' },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'experienceEndpoint.*', 'experienceEndpoint.linkedResources'],
    responses: [{ status: 200, schema: 'experienceLinkedResources' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/experience/endpoints/{experienceEndpointId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceEndpointId', in: 'path', type: 'string', required: true },
      { name: 'experienceEndpoint', in: 'body', type: 'schema', required: true, schema: experienceEndpointPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'experienceEndpoint.*', 'experienceEndpoint.patch'],
    responses: [{ status: 200, schema: 'experienceEndpoint' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
