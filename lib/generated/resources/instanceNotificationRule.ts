/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceNotificationRule.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import notificationRuleEvaluationOptions from '../schemas/notificationRuleEvaluationOptions';
import notificationRulePatch from '../schemas/notificationRulePatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/instances/{instanceId}/notification-rules/{notificationRuleId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'notificationRuleId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceNotificationRule.*', 'instanceNotificationRule.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  evaluate: {
    method: 'POST', path: '/instances/{instanceId}/notification-rules/{notificationRuleId}/evaluate', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'notificationRuleId', in: 'path', type: 'string', required: true },
      { name: 'evaluationOptions', in: 'body', type: 'schema', required: true, schema: notificationRuleEvaluationOptions },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceNotificationRule.*', 'instanceNotificationRule.evaluate'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/instances/{instanceId}/notification-rules/{notificationRuleId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'notificationRuleId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceNotificationRule.*', 'instanceNotificationRule.get'],
    responses: [{ status: 200, schema: 'notificationRule' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  logs: {
    method: 'GET', path: '/instances/{instanceId}/notification-rules/{notificationRuleId}/logs', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'notificationRuleId', in: 'path', type: 'string', required: true },
      { name: 'limit', in: 'query', type: 'string' },
      { name: 'since', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceNotificationRule.*', 'instanceNotificationRule.logs'],
    responses: [{ status: 200, schema: 'notificationRuleDeliveryLogs' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/instances/{instanceId}/notification-rules/{notificationRuleId}', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'notificationRuleId', in: 'path', type: 'string', required: true },
      { name: 'notificationRule', in: 'body', type: 'schema', required: true, schema: notificationRulePatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceNotificationRule.*', 'instanceNotificationRule.patch'],
    responses: [{ status: 200, schema: 'notificationRule' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
