/**
 * The body of an upload (a multipart/form-data action) on Node: the fields, in the
 * action's parameter order, encoded by lib/http/uploads/multipart.ts. A browser build swaps
 * this module for one that uses the native FormData.
 */
import { encodeMultipart } from './multipart';

/** A field of a multipart/form-data body: a JSON field already holds its JSON text. */
export interface FormField {
  name: string;
  value: unknown;
}

export interface FormBody {
  /** A Buffer (every value in memory) or a Readable (a value is a stream). */
  body: unknown;
  headers: Record<string, string>;
  /** False when the body is a stream, consumed by one send: such a request is never sent twice. */
  replayable: boolean;
}

/** Throws a Validation LosantError for a value that cannot be sent (nothing is read from any stream then). */
export function formBody(fields: FormField[]): FormBody {
  const encoded = encodeMultipart(fields.map((f) => ({ name: f.name, value: f.value as never })));
  const headers: Record<string, string> = { 'Content-Type': encoded.contentType };
  if (encoded.length !== undefined) headers['Content-Length'] = String(encoded.length);
  return { body: encoded.body, headers, replayable: encoded.replayable };
}
