/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/dashboard.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import dashboardContextInstance from '../schemas/dashboardContextInstance';
import dashboardPatch from '../schemas/dashboardPatch';
import dashboardSendReport from '../schemas/dashboardSendReport';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/dashboards/{dashboardId}', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dashboard.*', 'dashboard.delete', 'only.Organization', 'only.Organization.bounded'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/dashboards/{dashboardId}', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'password', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'dashboard' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/dashboards/{dashboardId}', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'dashboard', in: 'body', type: 'schema', required: true, schema: dashboardPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dashboard.*', 'dashboard.patch', 'only.Organization', 'only.Organization.bounded'],
    responses: [{ status: 200, schema: 'dashboard' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  sendReport: {
    method: 'POST', path: '/dashboards/{dashboardId}', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'reportConfig', in: 'body', type: 'schema', required: true, schema: dashboardSendReport },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dashboard.*', 'dashboard.sendReport', 'only.Organization', 'only.Organization.bounded'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  validateContext: {
    method: 'POST', path: '/dashboards/{dashboardId}/validateContext', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'ctx', in: 'body', type: 'schema', required: true, schema: dashboardContextInstance },
      { name: 'password', in: 'query', type: 'string' },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'validateContextSuccess' }], errors: [{ status: 400, schema: 'validateContextError' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
