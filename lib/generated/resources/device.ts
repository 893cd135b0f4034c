/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/device.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import deviceCommand from '../schemas/deviceCommand';
import deviceConnectionStatus from '../schemas/deviceConnectionStatus';
import deviceDataExport from '../schemas/deviceDataExport';
import devicePatch from '../schemas/devicePatch';
import deviceStateOrStates from '../schemas/deviceStateOrStates';

const HAL = { _actions: false, _links: true, _embedded: true };
const NONE = {};

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/devices/{deviceId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'device.*', 'device.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  export: {
    method: 'POST', path: '/applications/{applicationId}/devices/{deviceId}/export', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'email', in: 'query', type: 'string' },
      { name: 'callbackUrl', in: 'query', type: 'string' },
      { name: 'includeBlobData', in: 'query', type: 'string' },
      { name: 'query', in: 'body', type: 'schema', schema: deviceDataExport },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.export'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'excludeConnectionInfo', in: 'query', type: 'string' },
      { name: 'tagsAsObject', in: 'query', type: 'string' },
      { name: 'attributesAsObject', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.get'],
    responses: [{ status: 200, schema: 'device' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  getCommand: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/command', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.getCommand'],
    responses: [{ status: 200, schema: 'deviceCommands' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  getCompositeState: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/compositeState', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'attributes', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.getCompositeState'],
    responses: [{ status: 200, schema: 'compositeDeviceState' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  getLogEntries: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/logs', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.getLogEntries'],
    responses: [{ status: 200, schema: 'deviceLog' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  getState: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/state', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'duration', in: 'query', type: 'string' },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.getState'],
    responses: [{ status: 200, schema: 'deviceStates' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/devices/{deviceId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'device', in: 'body', type: 'schema', required: true, schema: devicePatch },
      { name: 'tagsAsObject', in: 'query', type: 'string' },
      { name: 'attributesAsObject', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'device.*', 'device.patch'],
    responses: [{ status: 200, schema: 'device' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCounts: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/payloadCounts', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.payloadCounts'],
    responses: [{ status: 200, schema: 'devicePayloadCounts' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCountsBreakdown: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/payloadCountsBreakdown', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string', enum: ['86400000', '3600000'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.payloadCountsBreakdown'],
    responses: [{ status: 200, schema: 'payloadCountsBreakdown' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  removeData: {
    method: 'DELETE', path: '/applications/{applicationId}/devices/{deviceId}/data', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'device.*', 'device.removeData'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  sendCommand: {
    method: 'POST', path: '/applications/{applicationId}/devices/{deviceId}/command', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'deviceCommand', in: 'body', type: 'schema', required: true, schema: deviceCommand },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Device', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'device.*', 'device.sendCommand'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  sendState: {
    method: 'POST', path: '/applications/{applicationId}/devices/{deviceId}/state', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'deviceState', in: 'body', type: 'schema', required: true, schema: deviceStateOrStates },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Device', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'device.*', 'device.sendState'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  setConnectionStatus: {
    method: 'POST', path: '/applications/{applicationId}/devices/{deviceId}/setConnectionStatus', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'connectionStatus', in: 'body', type: 'schema', required: true, schema: deviceConnectionStatus },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Device', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'device.*', 'device.setConnectionStatus'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  commandStream: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/commandStream', transport: 'eventStream', query: NONE,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'keepAliveInterval', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.commandStream'],
    responses: [], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    events: [{ event: 'deviceCommand', schema: 'deviceCommand' }],
  },
  stateStream: {
    method: 'GET', path: '/applications/{applicationId}/devices/{deviceId}/stateStream', transport: 'eventStream', query: NONE,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deviceId', in: 'path', type: 'string', required: true },
      { name: 'keepAliveInterval', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'device.*', 'device.stateStream'],
    responses: [], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    events: [{ event: 'deviceState', schema: 'deviceState' }],
  },
};
export default actions;
