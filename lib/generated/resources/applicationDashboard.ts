/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applicationDashboard.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import dashboardPatch from '../schemas/dashboardPatch';
import dashboardSendReport from '../schemas/dashboardSendReport';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/dashboards/{dashboardId}', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'applicationDashboard.*', 'applicationDashboard.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/dashboards/{dashboardId}', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'applicationDashboard.*', 'applicationDashboard.get'],
    responses: [{ status: 200, schema: 'dashboard' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/dashboards/{dashboardId}', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dashboard', in: 'body', type: 'schema', required: true, schema: dashboardPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'applicationDashboard.*', 'applicationDashboard.patch'],
    responses: [{ status: 200, schema: 'dashboard' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  sendReport: {
    method: 'POST', path: '/applications/{applicationId}/dashboards/{dashboardId}', transport: 'json', query: HAL,
    params: [
      { name: 'dashboardId', in: 'path', type: 'string', required: true },
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'reportConfig', in: 'body', type: 'schema', required: true, schema: dashboardSendReport },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'applicationDashboard.*', 'applicationDashboard.sendReport'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
