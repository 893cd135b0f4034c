/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/deviceAttribute.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import deviceAttributePatch from '../schemas/deviceAttributePatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/devices/{deviceId}/attributes/{name}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'name', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'deviceAttribute.*', 'deviceAttribute.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/attributes/{name}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'name', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'deviceAttribute.*', 'deviceAttribute.get'],
    responses: [{ status: 200, schema: 'deviceAttribute' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/devices/{deviceId}/attributes/{name}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'name', in: 'path', type: 'string', required: true },
      { name: 'deviceAttribute', in: 'body', type: 'schema', required: true, schema: deviceAttributePatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'deviceAttribute.*', 'deviceAttribute.patch'],
    responses: [{ status: 200, schema: 'deviceAttribute' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
