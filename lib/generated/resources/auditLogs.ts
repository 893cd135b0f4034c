/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/auditLogs.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import auditLogFilter from '../schemas/auditLogFilter';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/orgs/{orgId}/audit-logs', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['creationDate', 'responseStatus', 'actorName'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'auditLogFilter', in: 'query', type: 'schema', schema: auditLogFilter },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'auditLogs.*', 'auditLogs.get', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read'],
    responses: [{ status: 200, schema: 'auditLogs' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
};
export default actions;
