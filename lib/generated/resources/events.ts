/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/events.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedEventQuery from '../schemas/advancedEventQuery';
import eventPatch from '../schemas/eventPatch';
import eventPost from '../schemas/eventPost';
import eventsExport from '../schemas/eventsExport';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'POST', path: '/applications/{applicationId}/events/delete', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'query', in: 'body', type: 'schema', schema: advancedEventQuery },
      { name: 'email', in: 'query', type: 'string' },
      { name: 'callbackUrl', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'events.*', 'events.delete'],
    responses: [{ status: 200, schema: 'eventsDeleted' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  export: {
    method: 'POST', path: '/applications/{applicationId}/events/export', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'exportData', in: 'body', type: 'schema', schema: eventsExport },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'events.*', 'events.export'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/events', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['subject', 'id', 'creationDate', 'lastUpdated', 'level', 'state', 'deviceId'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['subject'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'state', in: 'query', type: 'string', enum: ['new', 'acknowledged', 'resolved'] },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedEventQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'events.*', 'events.get'],
    responses: [{ status: 200, schema: 'events' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  mostRecentBySeverity: {
    method: 'GET', path: '/applications/{applicationId}/events/mostRecentBySeverity', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedEventQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'events.*', 'events.mostRecentBySeverity'],
    responses: [{ status: 200, schema: 'eventPlusNewCount' }], errors: [{ status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/events', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'filterField', in: 'query', type: 'string', enum: ['subject'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'state', in: 'query', type: 'string', enum: ['new', 'acknowledged', 'resolved'] },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedEventQuery },
      { name: 'email', in: 'query', type: 'string' },
      { name: 'callbackUrl', in: 'query', type: 'string' },
      { name: 'updates', in: 'body', type: 'schema', required: true, schema: eventPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'events.*', 'events.patch'],
    responses: [{ status: 200, schema: 'success' }, { status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/events', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'event', in: 'body', type: 'schema', required: true, schema: eventPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'events.*', 'events.post'],
    responses: [{ status: 201, schema: 'event' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }, { status: 429, schema: 'error' }],
  },
};
export default actions;
