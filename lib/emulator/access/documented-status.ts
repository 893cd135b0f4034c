/**
 * The emulator answers an action only with statuses its page documents
 * (issue 20). One rule, for every action, applied to each error answer once
 * the request has reached its action (routed, and its token accepted):
 *
 * - kept as they are, because they apply to every route and no page lists
 *   them per action: 401 and 403 for the token (missing, unknown, or one
 *   whose scopes, tie or user's role do not allow this: each page's
 *   "Authentication" section), the refusals of the request itself (405 for
 *   another method, 413 for a body over the limit, 415 for a media type the
 *   emulator does not read; before an action is reached, the 404 of a path
 *   that names none and the 400 of one that cannot name one), and 500, the
 *   emulator's own failure (a data file it could not write);
 * - any other status the action's page does not list becomes the first error
 *   status it does list (400, "Error if malformed request", for nearly every
 *   action; 404 for the one that lists only that), with that status's type;
 *   the message still says what was wrong (`Instance … was not found`). A 401
 *   raised by the action itself is about credentials in its body (a wrong
 *   password), not the token, so it is mapped too. An action that lists no
 *   error status (me.get) answers 403: the token may not do this.
 */
import type { ActionSpec } from '../../actions/types';
import { ApiError } from '../server/api-error';

/** Statuses every route may answer, whatever its page lists (the token's 401 is decided before the action: see above). */
const EVERY_ROUTE = [403, 405, 413, 415];

/** The type of an error answer of each status the emulator can map to (the Errors table of docs/emulator.md). */
const TYPES: { [status: number]: string } = {
  400: 'Validation', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 410: 'Gone', 422: 'UnprocessableEntity', 429: 'TooManyRequests',
};

/** The error as the action documents it: `err` itself, or its message under the action's first documented error status. */
export function documentedError(spec: ActionSpec, err: ApiError): ApiError {
  if (err.status >= 500 || EVERY_ROUTE.indexOf(err.status) !== -1) return err;
  if (spec.errors.some((e) => e.status === err.status)) return err;
  const status = spec.errors.length ? spec.errors[0].status : 403;
  return new ApiError(status, TYPES[status] || err.type, err.message, err.headers);
}
