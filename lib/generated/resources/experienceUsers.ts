/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/experienceUsers.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedExperienceUserQuery from '../schemas/advancedExperienceUserQuery';
import experienceUserPost from '../schemas/experienceUserPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/experience/users', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['firstName', 'lastName', 'email', 'id', 'creationDate', 'lastLogin', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['firstName', 'lastName', 'email'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'experienceGroupId', in: 'query', type: 'string' },
      { name: 'includeAncestorGroups', in: 'query', type: 'string' },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedExperienceUserQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'experienceUsers.*', 'experienceUsers.get'],
    responses: [{ status: 200, schema: 'experienceUsers' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/experience/users', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'experienceUser', in: 'body', type: 'schema', required: true, schema: experienceUserPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'experienceUsers.*', 'experienceUsers.post'],
    responses: [{ status: 201, schema: 'experienceUser' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
