/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/experienceView.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import experienceViewPatch from '../schemas/experienceViewPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/experience/views/{experienceViewId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceViewId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'experienceView.*', 'experienceView.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/experience/views/{experienceViewId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceViewId', in: 'path', type: 'string', required: true },
      { name: 'version', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'experienceView.*', 'experienceView.get'],
    responses: [{ status: 200, schema: 'experienceView' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  linkedResources: {
    method: 'GET', path: '/applications/{applicationId}/experience/views/{experienceViewId}/linkedResources', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceViewId', in: 'path', type: 'string', required: true },
      { name: 'version', in: 'query', type: 'string' },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'experienceView.*', 'experienceView.linkedResources'],
    responses: [{ status: 200, schema: 'experienceLinkedResources' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/experience/views/{experienceViewId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceViewId', in: 'path', type: 'string', required: true },
      { name: 'experienceView', in: 'body', type: 'schema', required: true, schema: experienceViewPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'experienceView.*', 'experienceView.patch'],
    responses: [{ status: 200, schema: 'experienceView' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
