/**
 * The browser twin of form-body.ts: the fields of an upload in the browser's
 * native FormData, which the browser encodes (boundary and Content-Type
 * included). A Blob or File goes as it is (a File with its name, any Blob with
 * its type); a Uint8Array's bytes as an `application/octet-stream` Blob; a
 * string, finite number or boolean as a plain field. FormData names a part
 * made from a Blob that is not a File `blob`: a browser cannot send a file
 * part without a filename.
 */
import { validationError } from '../../errors';
import type { FormBody, FormField } from './form-types';
import { isBlob } from './upload-kinds.browser';

export type { FormBody, FormField } from './form-types';

function formValue(name: string, value: unknown): string | Blob {
  if (typeof value === 'string') return value;
  if (isBlob(value)) return value;
  if (value instanceof Uint8Array) return new Blob([value], { type: 'application/octet-stream' });
  if (typeof value === 'boolean' || (typeof value === 'number' && isFinite(value))) return String(value);
  throw validationError(name, `must be a string, a finite number, a boolean, a Blob, a File or a Uint8Array, not ${describe(value)}`);
}

function describe(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Throws a Validation LosantError for a value that cannot be sent. */
export function formBody(fields: FormField[]): FormBody {
  const form = new FormData();
  for (let i = 0; i < fields.length; i++) form.append(fields[i].name, formValue(fields[i].name, fields[i].value));
  return { body: form, headers: {}, replayable: true };
}
