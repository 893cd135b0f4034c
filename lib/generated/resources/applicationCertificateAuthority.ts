/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/applicationCertificateAuthority.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import applicationCertificateAuthorityPatch from '../schemas/applicationCertificateAuthorityPatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/certificate-authorities/{applicationCertificateAuthorityId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'applicationCertificateAuthorityId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'applicationCertificateAuthority.*', 'applicationCertificateAuthority.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/certificate-authorities/{applicationCertificateAuthorityId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'applicationCertificateAuthorityId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.read', 'applicationCertificateAuthority.*', 'applicationCertificateAuthority.get'],
    responses: [{ status: 200, schema: 'applicationCertificateAuthority' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/certificate-authorities/{applicationCertificateAuthorityId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'applicationCertificateAuthorityId', in: 'path', type: 'string', required: true },
      { name: 'applicationCertificateAuthority', in: 'body', type: 'schema', required: true, schema: applicationCertificateAuthorityPatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'applicationCertificateAuthority.*', 'applicationCertificateAuthority.patch'],
    responses: [{ status: 200, schema: 'applicationCertificateAuthority' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
