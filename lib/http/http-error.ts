/**
 * The error for an HTTP answer with status >= 400 (or an unfollowed 3xx): the body's own
 * fields when it is a JSON object, else a message from the status and an excerpt of the
 * text. Apart from errors.ts because it needs reason-phrase.ts (Node's http table): only
 * the transport makes these, so `http` loads with the transport, not with the package.
 */
import { LosantError, LosantErrorFields, RequestSummary, RESERVED } from '../errors';
import { textExcerpt } from './excerpt';
import { reasonPhrase } from './reason-phrase';

/** The error for an answer with status >= 400, from its body's text (JSON when it is; an excerpt when not). */
export function httpErrorFromText(status: number, statusText: string, raw: string, request: RequestSummary): LosantError {
  let body: unknown;
  try {
    body = raw ? JSON.parse(raw) : undefined;
  } catch (_) {
    body = undefined;
  }
  return httpError(status, statusText, body, raw, request);
}

export function httpError(status: number, statusText: string, body: unknown, raw: string, request: RequestSummary): LosantError {
  const fields: LosantErrorFields = { statusCode: status, request };
  let message = '';
  if (body && typeof body === 'object' && !Array.isArray(body)) {
    const record = body as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (key === 'message') message = String(record.message);
      else if (!(key in RESERVED)) fields[key] = record[key];
    }
  }
  if (!message) message = fallbackMessage(status, statusText, raw);
  if (fields.type === undefined) fields.type = typeFromStatus(status);
  return new LosantError(message, fields);
}

function fallbackMessage(status: number, statusText: string, raw: string): string {
  if (status === 413) return 'Request entity too large.';
  const reason = statusText || reasonPhrase(status) || 'Error';
  const excerpt = textExcerpt(raw);
  return `HTTP ${status} ${reason}${excerpt ? `: ${excerpt}` : ''}`;
}

/** `NotFound`, `TooManyRequests`, …: the status's reason phrase without spaces. */
function typeFromStatus(status: number): string {
  return (reasonPhrase(status) || `Http${status}`).replace(/[^A-Za-z0-9]/g, '');
}
