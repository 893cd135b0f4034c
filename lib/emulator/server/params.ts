/**
 * Turns a request back into the params object a client call started from,
 * by reading the action table the other way round (path, query, header,
 * body, form fields), so the emulator validates it with the very checks the
 * client runs.
 */
import type { ActionSpec, ParamSpec } from '../../actions/types';
import { invalid } from './api-error';
import { parseJson } from './json-depth';
import type { FormPart } from './multipart-parse';
import { queryValue } from './query-parse';
import { acceptsEmptyObject } from '../../validate';

export interface RawRequest {
  pathParams: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
  /** The parts of a multipart/form-data body (upload actions). */
  form?: FormPart[];
}

/** Never echoes the value: it may be a secret sent in the wrong place. */
const jsonValue = (name: string, text: string) => parseJson(text, name, `${name} must be JSON text`);

function fromQuery(spec: ParamSpec, query: URLSearchParams): unknown {
  if (spec.encode === 'json') {
    const text = queryValue(query, spec.name, false);
    return text === undefined ? undefined : jsonValue(spec.name, String(text));
  }
  // Objects and arrays come as qs-style brackets (`tagFilter[0][key]=…`), as the client writes them;
  // an array may also come as a repeated name. Anything else in the query (the client's _actions/_links/_embedded included) is accepted and ignored.
  return queryValue(query, spec.name, spec.type === 'array');
}

function fromForm(spec: ParamSpec, form: FormPart[]): unknown {
  const parts = form.filter((p) => p.name === spec.name);
  if (parts.length > 1) throw invalid(`${spec.name} must be given once`);
  if (!parts.length) return undefined;
  if (spec.type === 'file') return parts[0].data;
  const text = parts[0].data.toString('utf8');
  return spec.encode === 'json' ? jsonValue(spec.name, text) : text;
}

export function paramsFrom(action: ActionSpec, raw: RawRequest): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const spec of action.params) {
    const name = spec.name;
    let value: unknown;
    if (spec.in === 'path') value = raw.pathParams[name];
    else if (spec.in === 'query') value = fromQuery(spec, raw.query);
    else if (spec.in === 'header') {
      const header = raw.headers[name.toLowerCase()];
      value = Array.isArray(header) ? header.join(', ') : header;
    } else if (spec.in === 'body') value = bodyValue(spec, raw.body);
    else if (spec.in === 'formData') value = fromForm(spec, raw.form || []);
    if (value !== undefined) params[name] = value;
  }
  return params;
}

/**
 * Losant's clients send `{}` for a body param left out (every call but a GET starts from
 * it): read back as "left out" where `{}` is not a valid value of an optional body, and an
 * absent body as `{}` where `{}` is valid, so behaviours always see what the client meant.
 */
function bodyValue(spec: ParamSpec, body: unknown): unknown {
  const empty = body !== null && typeof body === 'object' && !Array.isArray(body) && !Object.keys(body as object).length;
  if (empty && !spec.required && !acceptsEmptyObject(spec)) return undefined;
  return body === undefined && acceptsEmptyObject(spec) ? {} : body;
}

/** Whether the action reads a JSON body at all (for the others, a body is ignored). */
export function takesBody(action: ActionSpec): boolean {
  return action.params.some((spec) => spec.in === 'body');
}
