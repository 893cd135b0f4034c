/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/webhook.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import webhookPatch from '../schemas/webhookPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/webhooks/{webhookId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'webhookId', in: 'path', type: 'string', required: true },
      { name: 'includeWorkflows', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'webhook.*', 'webhook.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/webhooks/{webhookId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'webhookId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'webhook.*', 'webhook.get'],
    responses: [{ status: 200, schema: 'webhook' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/webhooks/{webhookId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'webhookId', in: 'path', type: 'string', required: true },
      { name: 'webhook', in: 'body', type: 'schema', required: true, schema: webhookPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'webhook.*', 'webhook.patch'],
    responses: [{ status: 200, schema: 'webhook' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
