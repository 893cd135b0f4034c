/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceOrgMembers.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import instanceOrgMemberPost from '../schemas/instanceOrgMemberPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}/members', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['email', 'role'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'filterField', in: 'query', type: 'string', enum: ['email', 'role'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrgMembers.*', 'instanceOrgMembers.get'],
    responses: [{ status: 200, schema: 'instanceOrgMembers' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/instances/{instanceId}/orgs/{orgId}/members', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'member', in: 'body', type: 'schema', required: true, schema: instanceOrgMemberPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceOrgMembers.*', 'instanceOrgMembers.post'],
    responses: [{ status: 200, schema: 'instanceOrgMember' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
