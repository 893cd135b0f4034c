/**
 * The body of an upload (a multipart/form-data action) on Node: the fields, in the
 * action's parameter order, encoded by lib/http/uploads/multipart.ts. A browser build swaps
 * this module for one that uses the native FormData.
 */
import type { FormBody, FormField } from './form-types';
import { encodeMultipart } from './multipart';

export type { FormBody, FormField } from './form-types';

/** Throws a Validation LosantError for a value that cannot be sent (nothing is read from any stream then). */
export function formBody(fields: FormField[]): FormBody {
  const encoded = encodeMultipart(fields.map((f) => ({ name: f.name, value: f.value as never })));
  const headers: Record<string, string> = { 'Content-Type': encoded.contentType };
  if (encoded.length !== undefined) headers['Content-Length'] = String(encoded.length);
  return { body: encoded.body, headers, replayable: encoded.replayable };
}
