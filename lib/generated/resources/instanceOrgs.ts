/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/instanceOrgs.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import advancedInstanceOrgQuery from '../schemas/advancedInstanceOrgQuery';
import instanceOrgPost from '../schemas/instanceOrgPost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/instances/{instanceId}/orgs', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string', enum: ['name', 'id', 'creationDate', 'lastUpdated'] },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string', enum: ['name'] },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'query', in: 'query', type: 'schema', encode: 'json', schema: advancedInstanceOrgQuery },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.Instance.read', 'all.User', 'all.User.bounded', 'all.User.read', 'instanceOrgs.*', 'instanceOrgs.get'],
    responses: [{ status: 200, schema: 'instanceOrgs' }], errors: [{ status: 400, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/instances/{instanceId}/orgs', transport: 'json', query: HAL,
    params: [
      { name: 'instanceId', in: 'path', type: 'string', required: true },
      { name: 'summaryInclude', in: 'query', type: 'string' },
      { name: 'orgConfig', in: 'body', type: 'schema', schema: instanceOrgPost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Instance', 'all.Instance.bounded', 'all.User', 'all.User.bounded', 'instanceOrgs.*', 'instanceOrgs.post'],
    responses: [{ status: 200, schema: 'org' }], errors: [{ status: 400, schema: 'error' }],
  },
};
export default actions;
