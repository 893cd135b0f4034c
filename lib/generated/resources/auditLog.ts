/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/auditLog.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/orgs/{orgId}/audit-logs/{auditLogId}', transport: 'json', query: HAL,
    params: [
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'auditLogId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'auditLog.*', 'auditLog.get', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read'],
    responses: [{ status: 200, schema: 'auditLog' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
