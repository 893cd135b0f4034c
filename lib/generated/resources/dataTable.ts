/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/dataTable.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import dataTableColumn from '../schemas/dataTableColumn';
import dataTablePatch from '../schemas/dataTablePatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  addColumn: {
    method: 'POST', path: '/applications/{applicationId}/data-tables/{dataTableId}/column', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'dataTableColumn', in: 'body', type: 'schema', required: true, schema: dataTableColumn },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTable.*', 'dataTable.addColumn'],
    responses: [{ status: 200, schema: 'dataTable' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/data-tables/{dataTableId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTable.*', 'dataTable.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/data-tables/{dataTableId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'dataTable.*', 'dataTable.get'],
    responses: [{ status: 200, schema: 'dataTable' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/data-tables/{dataTableId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'dataTable', in: 'body', type: 'schema', required: true, schema: dataTablePatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTable.*', 'dataTable.patch'],
    responses: [{ status: 200, schema: 'dataTable' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  removeColumn: {
    method: 'DELETE', path: '/applications/{applicationId}/data-tables/{dataTableId}/column', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'columnName', in: 'query', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTable.*', 'dataTable.removeColumn'],
    responses: [{ status: 200, schema: 'dataTable' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
