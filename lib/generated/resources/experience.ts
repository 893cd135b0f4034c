/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/experience.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import experienceBootstrapOptions from '../schemas/experienceBootstrapOptions';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  bootstrap: {
    method: 'PATCH', path: '/applications/{applicationId}/experience/bootstrap', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', required: true, schema: experienceBootstrapOptions },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'experience.*', 'experience.bootstrap'],
    responses: [{ status: 200, schema: 'experienceBootstrapResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/experience', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'keepUsers', in: 'query', type: 'string' },
      { name: 'keepGroups', in: 'query', type: 'string' },
      { name: 'keepSlugs', in: 'query', type: 'string' },
      { name: 'keepDomains', in: 'query', type: 'string' },
      { name: 'removeVersions', in: 'query', type: 'string' },
      { name: 'keepViews', in: 'query', type: 'string' },
      { name: 'keepEndpoints', in: 'query', type: 'string' },
      { name: 'removeWorkflows', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'experience.*', 'experience.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
