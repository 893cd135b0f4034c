/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/orgInvites.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import orgInviteAction from '../schemas/orgInviteAction';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/invites', transport: 'json', query: HAL,
    params: [
      { name: 'token', in: 'query', type: 'string', required: true },
      { name: 'email', in: 'query', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'orgInviteInfo' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }, { status: 410, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/invites', transport: 'json', query: HAL,
    params: [
      { name: 'invite', in: 'body', type: 'schema', required: true, schema: orgInviteAction },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'orgInviteResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }, { status: 410, schema: 'error' }],
  },
};
export default actions;
