/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/dataTableRows.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedQuery from '../schemas/advancedQuery';
import dataTableRowInsert from '../schemas/dataTableRowInsert';
import dataTableRowsExport from '../schemas/dataTableRowsExport';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'POST', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows/delete', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'body', type: 'schema', schema: advancedQuery },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTableRows.*', 'dataTableRows.delete'],
    responses: [{ status: 200, schema: 'dataTableRowsDelete' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  export: {
    method: 'POST', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows/export', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'exportData', in: 'body', type: 'schema', required: true, schema: dataTableRowsExport },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'dataTableRows.*', 'dataTableRows.export'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'sortColumn', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'offset', in: 'query', type: 'string' },
      { name: 'includeFields', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'dataTableRows.*', 'dataTableRows.get'],
    responses: [{ status: 200, schema: 'dataTableRows' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'offset', size: 1000 },
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'dataTableRow', in: 'body', type: 'schema', required: true, schema: dataTableRowInsert },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTableRows.*', 'dataTableRows.post'],
    responses: [{ status: 201, schema: 'dataTableRowInsertResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  query: {
    method: 'POST', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows/query', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'sortColumn', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'offset', in: 'query', type: 'string' },
      { name: 'includeFields', in: 'query', type: 'string' },
      { name: 'query', in: 'body', type: 'schema', schema: advancedQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'dataTableRows.*', 'dataTableRows.query'],
    responses: [{ status: 200, schema: 'dataTableRows' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'offset', size: 1000 },
  },
  truncate: {
    method: 'POST', path: '/applications/{applicationId}/data-tables/{dataTableId}/rows/truncate', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'dataTableId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'dataTableRows.*', 'dataTableRows.truncate'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
