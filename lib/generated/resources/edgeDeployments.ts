/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/edgeDeployments.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import edgeDeploymentRelease from '../schemas/edgeDeploymentRelease';
import edgeDeploymentRemove from '../schemas/edgeDeploymentRemove';
import edgeDeploymentReplace from '../schemas/edgeDeploymentReplace';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/edge/deployments', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['id', 'deviceId', 'flowId', 'desiredVersion', 'currentVersion', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'deviceId', in: 'query', type: 'string' },
      { name: 'version', in: 'query', type: 'string' },
      { name: 'filterEmpty', in: 'query', type: 'undefined' },
      { name: 'flowId', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'edgeDeployments.*', 'edgeDeployments.get'],
    responses: [{ status: 200, schema: 'edgeDeployments' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  release: {
    method: 'POST', path: '/applications/{applicationId}/edge/deployments/release', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deployment', in: 'body', type: 'schema', required: true, schema: edgeDeploymentRelease },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'edgeDeployments.*', 'edgeDeployments.release'],
    responses: [{ status: 201, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  remove: {
    method: 'POST', path: '/applications/{applicationId}/edge/deployments/remove', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deployment', in: 'body', type: 'schema', required: true, schema: edgeDeploymentRemove },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'edgeDeployments.*', 'edgeDeployments.remove'],
    responses: [{ status: 201, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  replace: {
    method: 'POST', path: '/applications/{applicationId}/edge/deployments/replace', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'deployment', in: 'body', type: 'schema', required: true, schema: edgeDeploymentReplace },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'edgeDeployments.*', 'edgeDeployments.replace'],
    responses: [{ status: 201, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
