/**
 * The LosantError for each way a connection attempt to an event stream can
 * fail, shaped like the client's other errors so that code handling an API
 * error (statusCode, type, the body's message) handles these as well.
 */
import { LosantError, RequestSummary } from '../../errors';
import { httpErrorFromText } from '../http-error';
import type { FetchResponseLike } from '../transport/fetch-types';
import { transportFailure } from '../failure';
import { readSome } from './sse-body';
import { utf8Decoder } from './sse-parser';

/** An error answer's body is read up to this size for its message, then dropped. */
const ERROR_BODY_LIMIT = 64 * 1024;

/** `text/event-stream`, with or without parameters such as `charset`. */
export function isEventStream(contentType: string | null): boolean {
  return !!contentType && contentType.split(';')[0].trim().toLowerCase() === 'text/event-stream';
}

/**
 * A refused connection: any status but 200 (an API error, 204 No Content, an
 * unfollowed redirect), or a 200 that is not an event stream.
 */
export function refusedError(res: FetchResponseLike, request: RequestSummary): Promise<LosantError> {
  if (res.status === 200) {
    const type = res.headers.get('content-type');
    return Promise.resolve(new LosantError(
      `Expected an event stream (Content-Type text/event-stream), got ${type ? `Content-Type ${type}` : 'no Content-Type'}`,
      { statusCode: 200, type: 'InvalidResponse', code: 'ERR_INVALID_CONTENT_TYPE', request },
    ));
  }
  return readSome(res, ERROR_BODY_LIMIT).then((bytes) => {
    return httpErrorFromText(res.status, res.statusText, utf8Decoder()(bytes), request);
  });
}

export function timeoutError(ms: number, request: RequestSummary): LosantError {
  return new LosantError(`The event stream did not open within ${ms} ms`, { type: 'Timeout', code: 'ETIMEDOUT', request });
}

export function tooLargeError(limit: number, request: RequestSummary): LosantError {
  return new LosantError(`An event of the stream is larger than the limit of ${limit} bytes (option maxResponseBytes)`, {
    type: 'ResponseTooLarge', code: 'ERR_RESPONSE_TOO_LARGE', request,
  });
}

export function abortedError(request: RequestSummary): LosantError {
  return new LosantError('Event stream aborted by the caller', { type: 'Aborted', code: 'ABORT_ERR', request });
}

/**
 * A transport failure, with the system code. The stream's URL never carries
 * credentials (base-url.ts moves them to a header); where the request shows the
 * URL differently (`[REDACTED]@`), the message shows it that way too.
 */
export function networkError(reason: unknown, url: string, request: RequestSummary): LosantError {
  const { message, code } = transportFailure(reason);
  const shown = request.url === url ? message : message.split(url).join(request.url);
  return new LosantError(`Event stream connection failed: ${shown}`, { type: 'Network', code, cause: reason, request });
}
