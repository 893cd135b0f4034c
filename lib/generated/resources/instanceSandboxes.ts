/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceSandboxes.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/instances/{instanceId}/sandboxes', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'sortField', in: 'query', type: 'string', enum: ['firstName', 'lastName', 'email', 'id', 'creationDate', 'lastSuccessfulLogin', 'lastFailedLogin', 'failedLoginCount', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'startingAfterId', in: 'query', type: 'string' },
      { name: 'endingBeforeId', in: 'query', type: 'string' },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['firstName', 'lastName', 'email'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'includeDeleted', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceSandboxes.*', 'instanceSandboxes.get'],
    responses: [{ status: 200, schema: 'instanceSandboxes' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'cursor', size: 100 },
  },
};
export default actions;
