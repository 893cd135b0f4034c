/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/flows.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedFlowByVersionQuery from '../schemas/advancedFlowByVersionQuery';
import advancedFlowQuery from '../schemas/advancedFlowQuery';
import flowPost from '../schemas/flowPost';
import flowTriggerFilter from '../schemas/flowTriggerFilter';
import flowsImportPost from '../schemas/flowsImportPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/flows', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'flowClass', in: 'query', type: 'string', enum: ['edge', 'embedded', 'cloud', 'customNode', 'experience'] },
      { name: 'triggerFilter', in: 'query', type: 'schema', schema: flowTriggerFilter },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedFlowQuery },
      { name: 'allVersions', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flows.*', 'flows.get'],
    responses: [{ status: 200, schema: 'flows' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  getByVersion: {
    method: 'GET', path: '/applications/{applicationId}/flows/version', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'flowClass', in: 'query', type: 'string', enum: ['edge', 'embedded', 'cloud', 'customNode', 'experience'] },
      { name: 'version', in: 'query', type: 'string', required: true },
      { name: 'triggerFilter', in: 'query', type: 'schema', schema: flowTriggerFilter },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedFlowByVersionQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flows.*', 'flows.getByVersion'],
    responses: [{ status: 200, schema: 'flowVersions' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  import: {
    method: 'POST', path: '/applications/{applicationId}/flows/import', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'importData', in: 'body', type: 'schema', required: true, schema: flowsImportPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flows.*', 'flows.import'],
    responses: [{ status: 201, schema: 'flowsImportResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  palette: {
    method: 'GET', path: '/applications/{applicationId}/flows/palette', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flows.*', 'flows.palette'],
    responses: [{ status: 200, schema: 'paletteResponse' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/flows', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flow', in: 'body', type: 'schema', required: true, schema: flowPost },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flows.*', 'flows.post'],
    responses: [{ status: 201, schema: 'flow' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
