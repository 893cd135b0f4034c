/**
 * Run-time validation of an action's params, derived from the action table
 * and the build-time-compiled schema validators. Returns the first problem as
 * a LosantError of type 'Validation' naming the field, or undefined.
 */
import type { ActionSpec, ParamSpec } from './actions/types';
import { LosantError, validationError } from './errors';
import { validators, ValidationIssue } from './generated/validators';

export function checkParams(action: ActionSpec, params: unknown): LosantError | undefined {
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    return validationError('params', 'must be an object');
  }
  const record = params as Record<string, unknown>;
  const names = Object.keys(action.params);
  for (let i = 0; i < names.length; i++) {
    const problem = checkParam(names[i], action.params[names[i]], record[names[i]]);
    if (problem) return problem;
  }
  return undefined;
}

function checkParam(name: string, spec: ParamSpec, value: unknown): LosantError | undefined {
  if (value === undefined || value === null) {
    return spec.required ? validationError(name, 'is required') : undefined;
  }
  if (spec.in === 'body') return checkBody(name, spec.type, value);
  if (spec.in === 'path' || spec.in === 'header') {
    if (typeof value !== 'string') return validationError(name, 'must be a string');
  } else if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    return validationError(name, 'must be a string, number or boolean');
  }
  if (spec.required && value === '') return validationError(name, 'must not be empty');
  if (spec.enum && spec.enum.indexOf(String(value)) === -1) {
    return validationError(name, `must be one of ${spec.enum.join(', ')}`);
  }
  return undefined;
}

function checkBody(name: string, schema: string, value: unknown): LosantError | undefined {
  const validate = (validators as Record<string, typeof validators[keyof typeof validators]>)[schema];
  if (validate(value)) return undefined;
  const issue = validate.errors && validate.errors[0];
  if (!issue) return validationError(name, 'is invalid');
  return describe(name, issue);
}

const ID_PATTERN = '^[A-Fa-f\\d]{24}$';

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
      return validationError(path, `must be ${article(String(p.type))} ${p.type}`);
    case 'pattern':
      return validationError(path, p.pattern === ID_PATTERN ? 'must be a 24-hex-digit id' : `must match ${p.pattern}`);
    case 'format':
      return validationError(path, `must be a valid ${p.format}`);
    case 'maxLength':
      return validationError(path, `must be at most ${p.limit} characters long`);
    case 'minLength':
      return validationError(path, p.limit === 1 ? 'must not be empty' : `must be at least ${p.limit} characters long`);
    case 'maxItems':
      return validationError(path, `must have at most ${p.limit} items`);
    case 'minimum':
      return validationError(path, `must be >= ${p.limit}`);
    default:
      return validationError(path, issue.message || `is invalid (${issue.keyword})`);
  }
}

/** `/applicationRoles/0/role` segments → `.applicationRoles[0].role`. */
function segment(raw: string): string {
  const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
  return /^\d+$/.test(key) ? `[${key}]` : `.${key}`;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}
