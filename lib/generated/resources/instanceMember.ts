/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceMember.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import instanceMemberPatch from '../schemas/instanceMemberPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/instances/{instanceId}/members/{userId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'userId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceMember.*', 'instanceMember.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/instances/{instanceId}/members/{userId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'userId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceMember.*', 'instanceMember.get'],
    responses: [{ status: 200, schema: 'instanceMember' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/instances/{instanceId}/members/{userId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'userId', in: 'path', type: 'string', required: true },
      { name: 'member', in: 'body', type: 'schema', required: true, schema: instanceMemberPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.User', 'instanceMember.*', 'instanceMember.patch'],
    responses: [{ status: 200, schema: 'instanceMemberPatch' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
