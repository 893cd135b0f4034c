/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/data.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import devicesDataExport from '../schemas/devicesDataExport';
import lastValueQuery from '../schemas/lastValueQuery';
import timeSeriesQuery from '../schemas/timeSeriesQuery';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  export: {
    method: 'POST', path: '/applications/{applicationId}/data/export', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'body', type: 'schema', required: true, schema: devicesDataExport },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'data.*', 'data.export'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  lastValueQuery: {
    method: 'POST', path: '/applications/{applicationId}/data/last-value-query', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'body', type: 'schema', required: true, schema: lastValueQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'data.*', 'data.lastValueQuery'],
    responses: [{ status: 200, schema: 'lastValueData' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  timeSeriesQuery: {
    method: 'POST', path: '/applications/{applicationId}/data/time-series-query', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'body', type: 'schema', required: true, schema: timeSeriesQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'data.*', 'data.timeSeriesQuery'],
    responses: [{ status: 200, schema: 'timeSeriesData' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
