/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applications.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import applicationPost from '../schemas/applicationPost';
import importNewApplicationOptions from '../schemas/importNewApplicationOptions';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications', transport: 'json', query: HAL,
    params: [
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'ownerId', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'orgId', in: 'query', type: 'string' },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'applications.*', 'applications.get', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read'],
    responses: [{ status: 200, schema: 'applications' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  import: {
    method: 'POST', path: '/applications/import', transport: 'multipart', query: HAL,
    params: [
      { name: 'importBundle', in: 'formData', type: 'file' },
      { name: 'ownerId', in: 'formData', type: 'string' },
      { name: 'ownerType', in: 'formData', type: 'string', enum: ['user', 'organization'] },
      { name: 'includeDevices', in: 'formData', type: 'string' },
      { name: 'includeDataTableRows', in: 'formData', type: 'string' },
      { name: 'includeFiles', in: 'formData', type: 'string' },
      { name: 'email', in: 'formData', type: 'string' },
      { name: 'options', in: 'formData', type: 'schema', encode: 'json', schema: importNewApplicationOptions },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'applications.*', 'applications.import', 'only.Organization', 'only.Organization.bounded'],
    responses: [{ status: 201, schema: 'applicationCreationByTemplateResult' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }, { status: 422, schema: 'validationErrors' }],
  },
  periodSummaries: {
    method: 'GET', path: '/applications/periodSummaries', transport: 'json', query: HAL,
    params: [
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'includeNonBillable', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'ownerId', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'orgId', in: 'query', type: 'string' },
      { name: 'exclude', in: 'query', type: 'string' },
      { name: 'include', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'applications.*', 'applications.periodSummaries', 'only.Organization', 'only.Organization.bounded', 'only.Organization.read'],
    responses: [{ status: 200, schema: 'periodSummaries' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/applications', transport: 'json', query: HAL,
    params: [
      { name: 'application', in: 'body', type: 'schema', required: true, schema: applicationPost },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'applications.*', 'applications.post', 'only.Organization', 'only.Organization.bounded'],
    responses: [{ status: 201, schema: 'application' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
