/** An error answer: HTTP status plus the `{ type, message }` body every API error has. */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  /** Extra response headers (`Allow` on a 405). */
  readonly headers: Record<string, string>;

  constructor(status: number, type: string, message: string, headers: Record<string, string> = {}) {
    super(message);
    this.status = status;
    this.type = type;
    this.headers = headers;
  }
}

export const notFound = (message: string) => new ApiError(404, 'NotFound', message);
export const invalid = (message: string) => new ApiError(400, 'Validation', message);
