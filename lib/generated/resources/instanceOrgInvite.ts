/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceOrgInvite.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import orgRoleInfo from '../schemas/orgRoleInfo';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/instances/{instanceId}/orgs/{orgId}/invites/{inviteId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'inviteId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceOrgInvite.*', 'instanceOrgInvite.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}/invites/{inviteId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'inviteId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrgInvite.*', 'instanceOrgInvite.get'],
    responses: [{ status: 200, schema: 'orgInvite' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  resendInvite: {
    method: 'POST', path: '/instances/{instanceId}/orgs/{orgId}/invites/{inviteId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'inviteId', in: 'path', type: 'string', required: true },
      { name: 'roleInfo', in: 'body', type: 'schema', required: true, schema: orgRoleInfo },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceOrgInvite.*', 'instanceOrgInvite.resendInvite'],
    responses: [{ status: 201, schema: 'orgInvite' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
