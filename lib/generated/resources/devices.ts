/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/devices.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedDeviceQuery from '../schemas/advancedDeviceQuery';
import deviceAttributeDataTypeFilter from '../schemas/deviceAttributeDataTypeFilter';
import deviceClassFilter from '../schemas/deviceClassFilter';
import devicePost from '../schemas/devicePost';
import deviceTagFilter from '../schemas/deviceTagFilter';
import devicesDeleteOrRestorePost from '../schemas/devicesDeleteOrRestorePost';
import devicesExportPayloadCountPost from '../schemas/devicesExportPayloadCountPost';
import devicesExportPost from '../schemas/devicesExportPost';
import devicesPatch from '../schemas/devicesPatch';
import devicesRemoveDataPost from '../schemas/devicesRemoveDataPost';
import multiDeviceCommand from '../schemas/multiDeviceCommand';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  attributeNames: {
    method: 'GET', path: '/applications/{applicationId}/devices/attributeNames', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedDeviceQuery },
      { name: 'dataType', in: 'query', type: 'schema', schema: deviceAttributeDataTypeFilter },
      { name: 'startsWith', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'devices.*', 'devices.attributeNames'],
    responses: [{ status: 200, schema: 'attributeNamesResponse' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  delete: {
    method: 'POST', path: '/applications/{applicationId}/devices/delete', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', required: true, schema: devicesDeleteOrRestorePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'devices.*', 'devices.delete'],
    responses: [{ status: 200, schema: 'bulkDeleteResponse' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  deviceNames: {
    method: 'GET', path: '/applications/{applicationId}/devices/deviceNames', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedDeviceQuery },
      { name: 'startsWith', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'devices.*', 'devices.deviceNames'],
    responses: [{ status: 200, schema: 'deviceNamesResponse' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  export: {
    method: 'POST', path: '/applications/{applicationId}/devices/export', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'email', in: 'query', type: 'string' },
      { name: 'callbackUrl', in: 'query', type: 'string' },
      { name: 'options', in: 'body', type: 'schema', schema: devicesExportPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'devices.*', 'devices.export'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/devices', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated', 'connectionStatus', 'deletedAt'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'deviceClass', in: 'query', type: 'schema', schema: deviceClassFilter },
      { name: 'tagFilter', in: 'query', type: 'schema', schema: deviceTagFilter },
      { name: 'excludeConnectionInfo', in: 'query', type: 'string' },
      { name: 'parentId', in: 'query', type: 'string' },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedDeviceQuery },
      { name: 'tagsAsObject', in: 'query', type: 'string' },
      { name: 'attributesAsObject', in: 'query', type: 'string' },
      { name: 'queryDeleted', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'devices.*', 'devices.get'],
    responses: [{ status: 200, schema: 'devices' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  getCompositeState: {
    method: 'GET', path: '/applications/{applicationId}/devices/compositeState', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'attributes', in: 'query', type: 'string' },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated', 'connectionStatus'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedDeviceQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Device', 'all.Device.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'devices.*', 'devices.getCompositeState'],
    responses: [{ status: 200, schema: 'compositeDevicesState' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/devices', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'patchInfo', in: 'body', type: 'schema', required: true, schema: devicesPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'devices.*', 'devices.patch'],
    responses: [{ status: 200, schema: 'devicesUpdated' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  payloadCounts: {
    method: 'POST', path: '/applications/{applicationId}/devices/payloadCounts', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', schema: devicesExportPayloadCountPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'devices.*', 'devices.payloadCounts'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/devices', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'device', in: 'body', type: 'schema', required: true, schema: devicePost },
      { name: 'tagsAsObject', in: 'query', type: 'string' },
      { name: 'attributesAsObject', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'devices.*', 'devices.post'],
    responses: [{ status: 201, schema: 'device' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  removeData: {
    method: 'POST', path: '/applications/{applicationId}/devices/removeData', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', required: true, schema: devicesRemoveDataPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'devices.*', 'devices.removeData'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  restore: {
    method: 'POST', path: '/applications/{applicationId}/devices/restore', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', required: true, schema: devicesDeleteOrRestorePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'devices.*', 'devices.restore'],
    responses: [{ status: 200, schema: 'bulkRestoreResponse' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  sendCommand: {
    method: 'POST', path: '/applications/{applicationId}/devices/command', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'multiDeviceCommand', in: 'body', type: 'schema', required: true, schema: multiDeviceCommand },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Device', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'devices.*', 'devices.sendCommand'],
    responses: [{ status: 200, schema: 'success' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  tagKeys: {
    method: 'GET', path: '/applications/{applicationId}/devices/tagKeys', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedDeviceQuery },
      { name: 'startsWith', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'devices.*', 'devices.tagKeys'],
    responses: [{ status: 200, schema: 'tagKeysResponse' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  tagValues: {
    method: 'GET', path: '/applications/{applicationId}/devices/tagValues', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedDeviceQuery },
      { name: 'key', in: 'query', type: 'string', required: true },
      { name: 'startsWith', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'devices.*', 'devices.tagValues'],
    responses: [{ status: 200, schema: 'tagValuesResponse' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
