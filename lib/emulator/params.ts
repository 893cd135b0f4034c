/**
 * Turns a request back into the params object a client call started from,
 * by reading the action table the other way round (path, query, header,
 * body), so the emulator validates it with the very checks the client runs.
 */
import type { ActionSpec } from '../actions/types';
import { invalid } from './api-error';

export interface RawRequest {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
}

export function paramsFrom(action: ActionSpec, raw: RawRequest): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const spec of action.params) {
    const name = spec.name;
    const where = spec.in;
    if (where === 'path') {
      params[name] = raw.pathParams[name];
    } else if (where === 'query') {
      // Anything else in the query (the client's _actions/_links/_embedded included) is accepted and ignored.
      const values = raw.query.getAll(name);
      if (values.length > 1) throw invalid(`${name} must be given once`);
      if (values.length === 1) params[name] = values[0];
    } else if (where === 'header') {
      const value = raw.headers[name.toLowerCase()];
      if (value !== undefined) params[name] = Array.isArray(value) ? value.join(', ') : value;
    } else if (where === 'body') {
      if (raw.body !== undefined) params[name] = raw.body;
    }
  }
  return params;
}

/** Whether the action reads a JSON body at all (for the others, a body is ignored). */
export function takesBody(action: ActionSpec): boolean {
  return action.params.some((spec) => spec.in === 'body');
}
