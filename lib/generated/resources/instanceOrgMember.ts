/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceOrgMember.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import instanceOrgMemberPatch from '../schemas/instanceOrgMemberPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/instances/{instanceId}/orgs/{orgId}/members/{userId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'userId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceOrgMember.*', 'instanceOrgMember.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/instances/{instanceId}/orgs/{orgId}/members/{userId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'userId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrgMember.*', 'instanceOrgMember.get'],
    responses: [{ status: 200, schema: 'instanceOrgMember' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/instances/{instanceId}/orgs/{orgId}/members/{userId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'orgId', in: 'path', type: 'string', required: true },
      { name: 'userId', in: 'path', type: 'string', required: true },
      { name: 'member', in: 'body', type: 'schema', required: true, schema: instanceOrgMemberPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceOrgMember.*', 'instanceOrgMember.patch'],
    responses: [{ status: 200, schema: 'instanceOrgMember' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
