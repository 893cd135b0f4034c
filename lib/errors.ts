/**
 * The one error class every failure is delivered as: API answers (statusCode
 * plus the body's fields, exactly what losant-rest 2.x code reads), transport
 * faults (code plus cause), and validation (type 'Validation').
 */

/** A redacted copy of the request that failed; credentials never appear. */
export interface RequestSummary {
  method: string;
  url: string;
  headers: Record<string, string>;
}

export interface LosantErrorFields {
  statusCode?: number;
  type?: string;
  code?: string;
  cause?: unknown;
  request?: RequestSummary;
  field?: string;
  [extra: string]: unknown;
}

/** Body fields that must not overwrite the error's own meaning when copied on. */
export const RESERVED = { name: 1, message: 1, stack: 1, statusCode: 1, request: 1, cause: 1, constructor: 1, __proto__: 1 };

export class LosantError extends Error {
  /** HTTP status, when the server answered. */
  statusCode?: number;
  /** The API's error type (`NotFound`, `Validation`, …) or, with no answer, `Timeout`, `Aborted`, `Network`, … */
  type?: string;
  /** A machine-readable code: the transport's (`ECONNREFUSED`) or ours (`ETIMEDOUT`, `ERR_INVALID_JSON`, …). */
  code?: string;
  /** The path of the offending field, for validation errors (`invite.role`). */
  field?: string;
  /** The method, URL and headers sent, with the Authorization value redacted. */
  request?: RequestSummary;
  [extra: string]: unknown;

  constructor(message: string, fields: LosantErrorFields = {}) {
    super(message);
    // Kept as an own, non-enumerable property so `util.inspect` matches built-in errors.
    Object.defineProperty(this, 'name', { value: 'LosantError', enumerable: false, configurable: true, writable: true });
    const { cause, ...rest } = fields;
    for (const key of Object.keys(rest)) {
      if (rest[key] !== undefined) this[key] = rest[key];
    }
    if (cause !== undefined) {
      Object.defineProperty(this, 'cause', { value: cause, enumerable: false, configurable: true, writable: true });
    }
  }
}

/**
 * True for errors made by this library, from any copy of it (CJS and ESM
 * builds are different classes, so `instanceof` is not enough).
 */
export function isLosantError(value: unknown): value is LosantError {
  return value instanceof Error && value.name === 'LosantError';
}

/** A validation failure: no request was sent. `cause` is the exception that revealed it, if any. */
export function validationError(field: string, why: string, cause?: unknown): LosantError {
  return new LosantError(`${field} ${why}`, { type: 'Validation', field, cause });
}
