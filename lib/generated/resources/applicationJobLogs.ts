/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applicationJobLogs.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedApplicationJobLogQuery from '../schemas/advancedApplicationJobLogQuery';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/jobLogs', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'status', 'resourceType', 'runQueuedAt', 'runStartedAt', 'runCompletedAt'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedApplicationJobLogQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'applicationJobLogs.*', 'applicationJobLogs.get'],
    responses: [{ status: 200, schema: 'applicationJobLogs' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
};
export default actions;
