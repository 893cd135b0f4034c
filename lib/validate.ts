/**
 * Run-time validation of an action's params, derived from the action table: each
 * parameter by where it goes and its published type, bodies and JSON values by their
 * compiled schema. Returns the first problem as a LosantError of type 'Validation'
 * naming the field, or undefined.
 *
 * Messages name the field and say why, never echo the value: a value may be
 * a secret the caller put in the wrong place.
 */
import type { ActionSpec, ParamSpec } from './actions/types';
import { LosantError, validationError } from './errors';
import { isUpload, UPLOAD_RULE } from './http/uploads/upload-kinds';
import { checkSchema } from './validation/check';
import type { ValidationIssue } from './validation/types';

export function checkParams(action: ActionSpec, params: unknown): LosantError | undefined {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    return validationError('params', 'must be an object');
  }
  const record = params as Record<string, unknown>;
  for (let i = 0; i < action.params.length; i++) {
    const spec = action.params[i];
    const problem = checkParam(spec, record[spec.name]);
    if (problem) return problem;
  }
  const defaults = Object.keys(action.query);
  for (let i = 0; i < defaults.length; i++) {
    const value = record[defaults[i]];
    // An object here would be serialized to nothing, silently dropping the override; null is sent blank.
    if (value !== undefined && value !== null && typeof value !== 'boolean' && typeof value !== 'string') {
      return validationError(defaults[i], 'must be a boolean or a string');
    }
  }
  return undefined;
}

function checkParam(spec: ParamSpec, value: unknown): LosantError | undefined {
  const name = spec.name;
  if (value === undefined || value === null) {
    // A body left out is sent as `{}` (as losant-rest does): only refused where `{}` would be.
    return spec.required && !(spec.in === 'body' && acceptsEmptyObject(spec)) ? validationError(name, 'is required') : undefined;
  }
  if (spec.type === 'schema') return checkValue(name, spec, value);
  if (spec.type === 'file') return isUpload(value) ? undefined : validationError(name, UPLOAD_RULE);
  if (spec.type === 'array') {
    const items = Array.isArray(value) ? value : [value];
    return items.every(isScalar) ? undefined : validationError(name, 'must be a string or an array of strings');
  }
  // Ids and header values are strings on the wire; other values (a `date` in ms since the epoch,
  // start, end, resolution, asBytes, …) may be numbers or booleans, as losant-rest sent them.
  if (mustBeString(spec)) {
    if (typeof value !== 'string') return validationError(name, 'must be a string');
  } else if (typeof value === 'number') {
    if (!isFinite(value)) return validationError(name, 'must be a finite number');
  } else if (typeof value !== 'string' && typeof value !== 'boolean') {
    return validationError(name, 'must be a string, number or boolean');
  }
  if (spec.required && value === '') return validationError(name, 'must not be empty');
  // A blank optional value means "not given" to the API (`filterField: ''`).
  if (spec.enum && !(value === '' && !spec.required) && spec.enum.indexOf(String(value)) === -1) {
    return validationError(name, `must be one of ${spec.enum.join(', ')}`);
  }
  return undefined;
}

/** Whether the body `{}`, which is sent when the body param is left out, is valid for this param. */
export function acceptsEmptyObject(spec: ParamSpec): boolean {
  return spec.schema !== undefined && !checkSchema(spec.schema, {});
}

/** Path and header values, and the ids in a query (`userId`, `inviteId`): text only. */
export function mustBeString(spec: ParamSpec): boolean {
  return spec.in === 'path' || spec.in === 'header' || (spec.in === 'query' && spec.required === true && /Id$/.test(spec.name));
}

function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && isFinite(value));
}

function checkValue(name: string, spec: ParamSpec, value: unknown): LosantError | undefined {
  const issue = checkSchema(spec.schema!, value);
  return issue ? describe(name, issue) : undefined;
}

const ID_PATTERN = '^[A-Fa-f\\d]{24}$';

/** How each format reads in "must be …". */
const FORMATS: Record<string, string> = {
  email: 'a valid email address',
  'date-time': 'an RFC 3339 date-time',
  uri: 'an absolute URI',
};

/** Turns a schema issue into "<field path> <why>", e.g. "invite.role must be one of admin, edit, …". */
export function describe(root: string, issue: ValidationIssue): LosantError {
  const path = root + issue.instancePath.split('/').slice(1).map(segment).join('');
  const p = issue.params || {};
  switch (issue.keyword) {
    case 'required':
      return validationError(`${path}.${p.missingProperty}`, 'is required');
    case 'additionalProperties':
      return validationError(`${path}.${p.additionalProperty}`, 'is not an allowed key');
    case 'enum':
      return validationError(path, `must be one of ${(p.allowedValues as unknown[]).join(', ')}`);
    case 'const':
      return validationError(path, `must be ${JSON.stringify(p.allowedValue)}`);
    case 'type':
      return validationError(path, `must be ${typeName(String(p.type))}`);
    case 'pattern':
      return validationError(path, p.pattern === ID_PATTERN ? 'must be a 24-hex-digit id' : `must match ${p.pattern}`);
    case 'format':
      return validationError(path, `must be ${FORMATS[p.format as string] || `a valid ${p.format}`}`);
    case 'maxLength':
      return validationError(path, `must be at most ${p.limit} characters long`);
    case 'minLength':
      return validationError(path, p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long`);
    case 'maxItems':
      return validationError(path, `must have at most ${p.limit} items`);
    case 'minItems':
      return validationError(path, `must have at least ${p.limit} item${p.limit === 1 ? '' : 's'}`);
    case 'maxProperties':
      return validationError(path, `must have at most ${p.limit} keys`);
    case 'minProperties':
      return validationError(path, `must have at least ${p.limit} key${p.limit === 1 ? '' : 's'}`);
    case 'minimum':
      return validationError(path, `must be at least ${p.limit}`);
    case 'maximum':
      return validationError(path, `must be at most ${p.limit}`);
    case 'uniqueItems':
      return validationError(path, `must not repeat an item (items ${p.i} and ${p.j} are equal)`);
    case 'oneOf':
      return validationError(path, p.passingSchemas ? 'matches more than one of the allowed forms' : 'is not one of the allowed forms');
    case 'anyOf':
      return validationError(path, 'is not one of the allowed forms');
    default:
      return validationError(path, issue.message || `is invalid (${issue.keyword})`);
  }
}

/** `/applicationRoles/0/role` segments → `.applicationRoles[0].role`. */
function segment(raw: string): string {
  const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(key) ? `[${key}]` : `.${key}`;
}

/** `string` → `a string`, `integer` → `an integer`, `string,null` → `a string or null`. */
function typeName(types: string): string {
  return types.split(',').map((t) => (t === 'null' ? 'null' : `${/^[aeiou]/i.test(t) ? 'an' : 'a'} ${t}`)).join(' or ');
}
