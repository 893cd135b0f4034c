/**
 * The one generic step from table to methods: every action method is
 * `dual()` around "validate the params, turn them into a request, send it".
 */
import { dual } from '../dual';
import { validationError } from '../errors';
import type { RequestSpec } from '../http/request';
import { expandPath } from '../http/url';
import type { ActionSpec, ActionTable } from './types';

/** Query values every action sends unless the caller overrides them by a param of the same name. */
const QUERY_DEFAULTS = ['_actions', '_links', '_embedded'] as const;
const QUERY_DEFAULT_VALUES: Record<string, unknown> = { _actions: false, _links: true, _embedded: true };

export type RunAction = (action: ActionSpec, params: unknown, options: unknown) => Promise<unknown>;

export function buildMethods(table: ActionTable, run: RunAction): Record<string, ReturnType<typeof dual>> {
  const methods: Record<string, ReturnType<typeof dual>> = {};
  for (const name of Object.keys(table)) {
    const action = table[name];
    methods[name] = dual((params, options) => run(action, params, options));
  }
  return methods;
}

/** Where each param goes on the wire, as the action table says. Params are already validated. */
export function toRequest(action: ActionSpec, params: Record<string, unknown>): RequestSpec {
  const query: Record<string, unknown> = {};
  for (const key of QUERY_DEFAULTS) {
    query[key] = params[key] !== undefined ? params[key] : QUERY_DEFAULT_VALUES[key];
  }
  const headers: Record<string, unknown> = {};
  let body: unknown;
  let bodyName: string | undefined;
  const names = Object.keys(action.params);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const value = params[name];
    const where = action.params[name].in;
    if (value === undefined || value === null || value === '') {
      // Even with validation off, never send a request to `/orgs/undefined`.
      if (where === 'path') throw validationError(name, 'is required');
      if (value !== '') continue;
    }
    if (where === 'query') query[name] = value;
    else if (where === 'header') headers[name] = value;
    else if (where === 'body') {
      body = value;
      bodyName = name;
    }
  }
  return { method: action.method, path: expandPath(action.path, params), query, headers, body, bodyName };
}
