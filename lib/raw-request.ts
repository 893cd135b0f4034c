/**
 * What `client.request(request)` sends, in either of its two forms:
 *
 * - this client's own: `{ method, path, query, headers, body }`;
 * - losant-rest 2.x's (an axios request config, which programs written for it, Losant's
 *   own CLI among them, pass): `{ method, url, params, data, headers }`, `method` in any
 *   case (GET when left out, as axios does), `url` relative to the base url, `params`
 *   serialized as the actions' query (qs style), `data` sent as JSON.
 *
 * The form is told by `url` or `path`; a field of the other form is refused rather than
 * silently ignored. Every refusal names the field the caller passed (`request.url`, …).
 */
import { validationError } from './errors';
import type { RequestSpec } from './http/request';
import { serializeQuery } from './http/url/url';

const OWN_ONLY = ['path', 'query', 'body'];
const LEGACY_ONLY = ['url', 'params', 'data'];

export function toRawRequest(request: unknown): RequestSpec {
  if (!request || typeof request !== 'object' || Array.isArray(request)) throw validationError('request', 'must be an object');
  const req = request as Record<string, unknown>;
  return req.url !== undefined ? legacyForm(req) : ownForm(req);
}

function ownForm(req: Record<string, unknown>): RequestSpec {
  refuseOthers(req, LEGACY_ONLY, 'request.path');
  if (typeof req.method !== 'string' || !req.method) throw validationError('request.method', 'must be a string');
  if (typeof req.path !== 'string' || req.path.charAt(0) !== '/') throw validationError('request.path', 'must start with /');
  return {
    method: req.method.toUpperCase(),
    path: req.path,
    query: objectOrNone('request.query', req.query),
    headers: objectOrNone('request.headers', req.headers),
    body: req.body,
    bodyName: 'request.body',
  };
}

function legacyForm(req: Record<string, unknown>): RequestSpec {
  refuseOthers(req, OWN_ONLY, 'request.url');
  const method = req.method === undefined ? 'GET' : req.method;
  if (typeof method !== 'string' || !method) throw validationError('request.method', 'must be a string');
  const url = req.url;
  if (typeof url !== 'string' || url.charAt(0) !== '/') {
    throw validationError('request.url', 'must be a string that starts with / (it is appended to the base url)');
  }
  // As axios: a fragment is never sent, and `params` join a query the url already has.
  const hash = url.indexOf('#');
  let path = hash === -1 ? url : url.slice(0, hash);
  const params = objectOrNone('request.params', req.params);
  const query = params ? serializeQuery(params) : '';
  if (query) path += (path.indexOf('?') === -1 ? '?' : '&') + query;
  const data = req.data === null ? undefined : req.data;
  const verb = method.toUpperCase();
  if (data !== undefined) {
    if (typeof data !== 'object' || ArrayBuffer.isView(data) || data instanceof ArrayBuffer || typeof (data as { pipe?: unknown }).pipe === 'function') {
      throw validationError('request.data', 'must be an object or an array (it is sent as JSON)');
    }
    if (verb === 'GET' || verb === 'HEAD') throw validationError('request.data', `cannot be sent with ${verb}`);
  }
  return {
    method: verb,
    path,
    headers: objectOrNone('request.headers', req.headers),
    body: data,
    bodyName: 'request.data',
  };
}

/** A field of the other form (`{ url, body }`, say) would be ignored: refused instead, by its name. */
function refuseOthers(req: Record<string, unknown>, names: string[], chosen: string): void {
  for (let i = 0; i < names.length; i++) {
    if (req[names[i]] !== undefined) {
      throw validationError(`request.${names[i]}`, `cannot be used with ${chosen} (use { method, path, query, headers, body } or losant-rest's { method, url, params, data, headers })`);
    }
  }
}

/** A plain object, or undefined for null/undefined; anything else (a string's characters would become keys) is refused. */
function objectOrNone(name: string, value: unknown): Record<string, unknown> | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw validationError(name, 'must be an object');
  return value as Record<string, unknown>;
}
