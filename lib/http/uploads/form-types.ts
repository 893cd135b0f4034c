/**
 * The shape of an upload's body, the same for form-body.ts (Node: encoded by
 * multipart.ts) and its browser twin form-body.browser.ts (the native FormData),
 * so that the one set of declarations fits both builds.
 */

/** A field of a multipart/form-data body: a JSON field already holds its JSON text. */
export interface FormField {
  name: string;
  value: unknown;
}

export interface FormBody {
  /** Node: a Buffer (every value in memory) or a Readable (a value is a stream). A browser: a FormData. */
  body: unknown;
  /** Node: Content-Type (and Content-Length when known). A browser: none, it writes the Content-Type with the boundary it chose. */
  headers: Record<string, string>;
  /** False when the body is a stream, consumed by one send: such a request is never sent twice. A FormData can always be sent again. */
  replayable: boolean;
}
