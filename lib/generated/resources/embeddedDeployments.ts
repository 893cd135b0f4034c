/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/embeddedDeployments.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import embeddedDeploymentExport from '../schemas/embeddedDeploymentExport';
import embeddedDeploymentRelease from '../schemas/embeddedDeploymentRelease';
import embeddedDeploymentRemove from '../schemas/embeddedDeploymentRemove';
import embeddedDeploymentReplace from '../schemas/embeddedDeploymentReplace';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  export: {
    method: 'POST', path: '/applications/{applicationId}/embedded/deployments/export', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'options', in: 'body', type: 'schema', schema: embeddedDeploymentExport },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'embeddedDeployments.*', 'embeddedDeployments.export'],
    responses: [{ status: 202, schema: 'jobEnqueuedResult' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/embedded/deployments', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'deviceId', in: 'query', type: 'string' },
      { name: 'version', in: 'query', type: 'string' },
      { name: 'flowId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'embeddedDeployments.*', 'embeddedDeployments.get'],
    responses: [{ status: 200, schema: 'embeddedDeployments' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 1000 },
  },
  release: {
    method: 'POST', path: '/applications/{applicationId}/embedded/deployments/release', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deployment', in: 'body', type: 'schema', required: true, schema: embeddedDeploymentRelease },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'embeddedDeployments.*', 'embeddedDeployments.release'],
    responses: [{ status: 201, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  remove: {
    method: 'POST', path: '/applications/{applicationId}/embedded/deployments/remove', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deployment', in: 'body', type: 'schema', required: true, schema: embeddedDeploymentRemove },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'embeddedDeployments.*', 'embeddedDeployments.remove'],
    responses: [{ status: 201, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  replace: {
    method: 'POST', path: '/applications/{applicationId}/embedded/deployments/replace', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deployment', in: 'body', type: 'schema', required: true, schema: embeddedDeploymentReplace },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'embeddedDeployments.*', 'embeddedDeployments.replace'],
    responses: [{ status: 201, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
