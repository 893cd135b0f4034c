/* eslint-disable */
// GENERATED FILE — DO NOT EDIT. Source: lib/actions/table/file.json. Regenerate with: npm run build:resources
import type { ResourceActions } from '../../actions/types';
import filePatch from '../schemas/filePatch';

const HAL = { _actions: false, _links: true, _embedded: true };

const actions: ResourceActions = {
  delete: {
    method: 'DELETE', path: '/applications/{applicationId}/file/{fileId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'fileId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'file.*', 'file.delete'],
    responses: [{ status: 200, schema: 'success' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  get: {
    method: 'GET', path: '/applications/{applicationId}/file/{fileId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'fileId', in: 'path', type: 'string', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Application.read', 'all.Organization', 'all.Organization.bounded', 'all.Organization.read', 'all.User', 'all.User.bounded', 'all.User.cli', 'all.User.read', 'file.*', 'file.get'],
    responses: [{ status: 200, schema: 'file' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  move: {
    method: 'POST', path: '/applications/{applicationId}/file/{fileId}/move', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'fileId', in: 'path', type: 'string', required: true },
      { name: 'name', in: 'query', type: 'undefined' },
      { name: 'parentDirectory', in: 'query', type: 'undefined' },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'file.*', 'file.move'],
    responses: [{ status: 201, schema: 'file' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  patch: {
    method: 'PATCH', path: '/applications/{applicationId}/file/{fileId}', transport: 'json', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'fileId', in: 'path', type: 'string', required: true },
      { name: 'updates', in: 'body', type: 'schema', required: true, schema: filePatch },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'file.*', 'file.patch'],
    responses: [{ status: 201, schema: 'fileUploadPostResponse' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
  upload: {
    method: 'POST', path: '/applications/{applicationId}/file/{fileId}/upload', transport: 'multipart', query: HAL,
    params: [
      { name: 'applicationId', in: 'path', type: 'string', required: true },
      { name: 'fileId', in: 'path', type: 'string', required: true },
      { name: 'file', in: 'formData', type: 'file', required: true },
      { name: 'losantdomain', in: 'header', type: 'string' },
    ],
    auth: 'token', scopes: ['all.Application', 'all.Application.bounded', 'all.Application.cli', 'all.Organization', 'all.Organization.bounded', 'all.User', 'all.User.bounded', 'all.User.cli', 'file.*', 'file.upload'],
    responses: [{ status: 200, schema: 'file' }], errors: [{ status: 400, schema: 'error' }, { status: 404, schema: 'error' }],
  },
};
export default actions;
