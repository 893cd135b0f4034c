/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applicationCertificates.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import applicationCertificatePost from '../schemas/applicationCertificatePost';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  get: {
    method: 'GET', path: '/applications/{applicationId}/certificates', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'sortField', in: 'query', type: 'string' },
      { name: 'sortDirection', in: 'query', type: 'string', enum: ['asc', 'desc'] },
      { name: 'page', in: 'query', type: 'string' },
      { name: 'perPage', in: 'query', type: 'string' },
      { name: 'filterField', in: 'query', type: 'string' },
      { name: 'filter', in: 'query', type: 'string' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'applicationCertificates.*', 'applicationCertificates.get'],
    responses: [{ status: 200, schema: 'applicationCertificates' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
    paging: { shape: 'page', size: 100 },
  },
  post: {
    method: 'POST', path: '/applications/{applicationId}/certificates', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'applicationCertificate', in: 'body', type: 'schema', required: true, schema: applicationCertificatePost },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'applicationCertificates.*', 'applicationCertificates.post'],
    responses: [{ status: 201, schema: 'applicationCertificate' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
