/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/experienceViews.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import experienceViewPost from '../schemas/experienceViewPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/experience/views', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['id', 'creationDate', 'name', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'viewType', in: 'query', type: 'string', enum: ['page', 'layout', 'component'] },
      { name: 'version', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'experienceViews.*', 'experienceViews.get'],
    responses: [{ status: 200, schema: 'experienceViews' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/experience/views', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceView', in: 'body', type: 'schema', required: true, schema: experienceViewPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'experienceViews.*', 'experienceViews.post'],
    responses: [{ status: 201, schema: 'experienceView' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
