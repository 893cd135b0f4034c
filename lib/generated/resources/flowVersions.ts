/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/flowVersions.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedFlowVersionQuery from '../schemas/advancedFlowVersionQuery';
import flowVersionPost from '../schemas/flowVersionPost';
import flowVersionsDeletePost from '../schemas/flowVersionsDeletePost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'POST', path: '/applications/{applicationId}/flows/{flowId}/versions/delete', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', required: true, schema: flowVersionsDeletePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flowVersions.*', 'flowVersions.delete'],
    responses: [{ status: 200, schema: 'bulkDeleteResponse' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/flows/{flowId}/versions', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['version', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['version'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedFlowVersionQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'flowVersions.*', 'flowVersions.get'],
    responses: [{ status: 200, schema: 'flowVersions' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/flows/{flowId}/versions', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'flowId', in: 'path', type: 'string', required: true },
      { name: 'flowVersion', in: 'body', type: 'schema', required: true, schema: flowVersionPost },
      { name: 'includeCustomNodes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'allowReplacement', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'flowVersions.*', 'flowVersions.post'],
    responses: [{ status: 201, schema: 'flowVersion' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
