/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/me.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import changePassword from '../schemas/changePassword';
import mePatch from '../schemas/mePatch';
import multiFactorAuthDisable from '../schemas/multiFactorAuthDisable';
import multiFactorAuthEnable from '../schemas/multiFactorAuthEnable';
import orgInviteActionUser from '../schemas/orgInviteActionUser';
import recentItem from '../schemas/recentItem';
import resourceTransfer from '../schemas/resourceTransfer';
import userCredentials from '../schemas/userCredentials';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  addRecentItem: {
    method: 'POST', path: '/me/recentItems', transport: 'json', query: HAL,
    params: [
      { name: 'data', in: 'body', type: 'schema', required: true, schema: recentItem },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'me.*', 'me.addRecentItem', 'only.User', 'only.User.bounded'],
    responses: [{ status: 200, schema: 'recentItemList' }], errors: [{ status: 400, schema: 'error' }],
  },
  changePassword: {
    method: 'PATCH', path: '/me/changePassword', transport: 'json', query: HAL,
    params: [
      { name: 'data', in: 'body', type: 'schema', required: true, schema: changePassword },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.changePassword', 'only.User'],
    responses: [{ status: 200, schema: 'authedUser' }], errors: [{ status: 400, schema: 'error' }],
  },
  delete: {
    method: 'POST', path: '/me/delete', transport: 'json', query: HAL,
    params: [
      { name: 'credentials', in: 'body', type: 'schema', required: true, schema: userCredentials },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.delete', 'only.User'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }],
  },
  deviceCounts: {
    method: 'GET', path: '/me/deviceCounts', transport: 'json', query: HAL,
    params: [
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'me.*', 'me.deviceCounts', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'deviceCounts' }], errors: [{ status: 400, schema: 'error' }],
  },
  disableTwoFactorAuth: {
    method: 'PATCH', path: '/me/disableTwoFactorAuth', transport: 'json', query: HAL,
    params: [
      { name: 'data', in: 'body', type: 'schema', required: true, schema: multiFactorAuthDisable },
      { name: 'includeRecent', in: 'query', type: 'string' },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.disableTwoFactorAuth', 'only.User'],
    responses: [{ status: 200, schema: 'me' }], errors: [{ status: 400, schema: 'error' }],
  },
  disconnectGithub: {
    method: 'PATCH', path: '/me/disconnectGithub', transport: 'json', query: HAL,
    params: [
      { name: 'includeRecent', in: 'query', type: 'string' },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.disconnectGithub', 'only.User'],
    responses: [{ status: 200, schema: 'me' }], errors: [{ status: 400, schema: 'error' }],
  },
  enableTwoFactorAuth: {
    method: 'PATCH', path: '/me/enableTwoFactorAuth', transport: 'json', query: HAL,
    params: [
      { name: 'data', in: 'body', type: 'schema', required: true, schema: multiFactorAuthEnable },
      { name: 'includeRecent', in: 'query', type: 'string' },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.enableTwoFactorAuth', 'only.User'],
    responses: [{ status: 200, schema: 'me' }], errors: [{ status: 400, schema: 'error' }],
  },
  fetchRecentItems: {
    method: 'GET', path: '/me/recentItems', transport: 'json', query: HAL,
    params: [
      { name: 'parentId', in: 'query', type: 'string' },
      { name: 'itemType', in: 'query', type: 'undefined', required: true, enum: ['application', 'device', 'flow', 'dashboard', 'organization'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'me.*', 'me.fetchRecentItems', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'recentItemList' }], errors: [{ status: 400, schema: 'error' }],
  },
  generateTwoFactorAuth: {
    method: 'PATCH', path: '/me/generateTwoFactorAuth', transport: 'json', query: HAL,
    params: [
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.generateTwoFactorAuth', 'only.User'],
    responses: [{ status: 200, schema: 'multiFactorAuthInfo' }], errors: [{ status: 400, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/me', transport: 'json', query: HAL,
    params: [
      { name: 'includeRecent', in: 'query', type: 'string' },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'me.*', 'me.get', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'me' }], errors: [],
  },
  invite: {
    method: 'GET', path: '/me/invites/{inviteId}', transport: 'json', query: HAL,
    params: [
      { name: 'inviteId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'me.*', 'me.invite', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'orgInviteUser' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  invites: {
    method: 'GET', path: '/me/invites', transport: 'json', query: HAL,
    params: [
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'me.*', 'me.invites', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'orgInvitesUser' }], errors: [{ status: 400, schema: 'error' }],
  },
  notebookMinuteCounts: {
    method: 'GET', path: '/me/notebookMinuteCounts', transport: 'json', query: HAL,
    params: [
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'me.*', 'me.notebookMinuteCounts', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'notebookMinuteCounts' }], errors: [{ status: 400, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/me', transport: 'json', query: HAL,
    params: [
      { name: 'user', in: 'body', type: 'schema', required: true, schema: mePatch },
      { name: 'includeRecent', in: 'query', type: 'string' },
      { name: 'summaryExclude', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.patch', 'only.User'],
    responses: [{ status: 200, schema: 'me' }], errors: [{ status: 400, schema: 'error' }],
  },
  payloadCounts: {
    method: 'GET', path: '/me/payloadCounts', transport: 'json', query: HAL,
    params: [
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'me.*', 'me.payloadCounts', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'payloadStats' }], errors: [{ status: 400, schema: 'error' }],
  },
  payloadCountsBreakdown: {
    method: 'GET', path: '/me/payloadCountsBreakdown', transport: 'json', query: HAL,
    params: [
      { name: 'start', in: 'query', type: 'string' },
      { name: 'end', in: 'query', type: 'string' },
      { name: 'resolution', in: 'query', type: 'string', enum: ['86400000', '3600000'] },
      { name: 'asBytes', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'includeNonBillable', in: 'query', type: 'string', enum: ['true', 'false'] },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'all.User.bounded', 'all.User.read', 'me.*', 'me.payloadCountsBreakdown', 'only.User', 'only.User.bounded', 'only.User.read'],
    responses: [{ status: 200, schema: 'payloadCountsBreakdown' }], errors: [{ status: 400, schema: 'error' }],
  },
  refreshToken: {
    method: 'GET', path: '/me/refreshToken', transport: 'json', query: HAL,
    params: [
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.refreshToken', 'only.User'],
    responses: [{ status: 200, schema: 'authedUser' }], errors: [{ status: 400, schema: 'error' }, { status: 401, schema: 'error' }],
  },
  respondToInvite: {
    method: 'POST', path: '/me/invites/{inviteId}', transport: 'json', query: HAL,
    params: [
      { name: 'inviteId', in: 'path', type: 'string', required: true },
      { name: 'response', in: 'body', type: 'schema', required: true, schema: orgInviteActionUser },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.respondToInvite', 'only.User'],
    responses: [{ status: 200, schema: 'orgInviteResultUser' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }, { status: 410, schema: 'error' }],
  },
  transferResources: {
    method: 'PATCH', path: '/me/transferResources', transport: 'json', query: HAL,
    params: [
      { name: 'transfer', in: 'body', type: 'schema', required: true, schema: resourceTransfer },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.transferResources', 'only.User'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }],
  },
  verifyEmail: {
    method: 'POST', path: '/me/verify-email', transport: 'json', query: HAL,
    params: [
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.User', 'me.*', 'me.verifyEmail', 'only.User'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
