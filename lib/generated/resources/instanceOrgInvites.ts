/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceOrgInvites.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import orgInvitePost from '../schemas/orgInvitePost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}/invites', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['email', 'role', 'inviteDate'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'filterField', in: 'query', type: 'string', enum: ['email', 'role'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrgInvites.*', 'instanceOrgInvites.get'],
    responses: [{ status: 200, schema: 'orgInviteCollection' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/instances/{instanceId}/orgs/{orgId}/invites', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'invite', in: 'body', type: 'schema', required: true, schema: orgInvitePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceOrgInvites.*', 'instanceOrgInvites.post'],
    responses: [{ status: 201, schema: 'orgInviteCollection' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
