/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/auth.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import deviceCredentials from '../schemas/deviceCredentials';
import githubLogin from '../schemas/githubLogin';
import samlResponse from '../schemas/samlResponse';
import userCredentials from '../schemas/userCredentials';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  authenticateDevice: {
    method: 'POST', path: '/auth/device', transport: 'json', query: HAL,
    params: [
      { name: 'credentials', in: 'body', type: 'schema', required: true, schema: deviceCredentials },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'authedDevice' }], errors: [{ status: 400, schema: 'error' }, { status: 401, schema: 'error' }],
  },
  authenticateUser: {
    method: 'POST', path: '/auth/user', transport: 'json', query: HAL,
    params: [
      { name: 'credentials', in: 'body', type: 'schema', required: true, schema: userCredentials },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'authedUser' }], errors: [{ status: 400, schema: 'error' }, { status: 401, schema: 'error' }],
  },
  authenticateUserGithub: {
    method: 'POST', path: '/auth/user/github', transport: 'json', query: HAL,
    params: [
      { name: 'oauth', in: 'body', type: 'schema', required: true, schema: githubLogin },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'authedUser' }], errors: [{ status: 400, schema: 'error' }, { status: 401, schema: 'error' }],
  },
  authenticateUserSaml: {
    method: 'POST', path: '/auth/user/saml', transport: 'json', query: HAL,
    params: [
      { name: 'saml', in: 'body', type: 'schema', required: true, schema: samlResponse },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'authedUser' }], errors: [{ status: 400, schema: 'error' }, { status: 401, schema: 'error' }],
  },
  ssoDomain: {
    method: 'GET', path: '/auth/ssoDomain', transport: 'json', query: HAL,
    params: [
      { name: 'email', in: 'query', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'none', scopes: [],
    responses: [{ status: 200, schema: 'ssoRequest' }, { status: 204 }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
