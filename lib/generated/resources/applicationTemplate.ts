/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applicationTemplate.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applicationTemplates/{templateId}', transport: 'json', query: HAL,
    params: [
      { name: 'templateId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'applicationTemplate.*', 'applicationTemplate.get', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'applicationTemplate' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
