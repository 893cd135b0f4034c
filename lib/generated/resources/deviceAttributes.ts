/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/deviceAttributes.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import deviceAttributePost from '../schemas/deviceAttributePost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/attributes', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'filterField', in: 'query', type: 'string' },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'deviceAttributes.*', 'deviceAttributes.get'],
    responses: [{ status: 200, schema: 'deviceAttributes' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/devices/{deviceId}/attributes', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'deviceAttribute', in: 'body', type: 'schema', required: true, schema: deviceAttributePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'deviceAttributes.*', 'deviceAttributes.post'],
    responses: [{ status: 201, schema: 'deviceAttribute' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
