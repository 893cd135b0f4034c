/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/dataTableRow.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import dataTableRowInsertUpdate from '../schemas/dataTableRowInsertUpdate';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows/{rowId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'rowId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTableRow.*', 'dataTableRow.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows/{rowId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'rowId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'dataTableRow.*', 'dataTableRow.get'],
    responses: [{ status: 200, schema: 'dataTableRow' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows/{rowId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'rowId', in: 'path', type: 'string', required: true },
      { name: 'dataTableRow', in: 'body', type: 'schema', required: true, schema: dataTableRowInsertUpdate },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTableRow.*', 'dataTableRow.patch'],
    responses: [{ status: 200, schema: 'dataTableRow' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
