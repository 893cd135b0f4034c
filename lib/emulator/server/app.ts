/**
 * The request pipeline, the same for every one of the API's actions: read
 * the body (within the size limit) → route (from the action table) →
 * authenticate (unless the action needs no token) → check scopes → parse the
 * body (JSON, or multipart/form-data for uploads) → rebuild and validate the
 * params (the client's own checks) → find the items the path names (404),
 * each one the caller may act on (access.ts: 404 as if unknown, or 403) →
 * run the action's behaviour → persist writes → answer. Every failure becomes
 * a `{ type, message }` answer, once the action is reached with a status its
 * page documents (documented-status.ts); nothing a client sends can throw
 * out of here.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import type { ActionSpec } from '../../actions/types';
import { checkParams } from '../../validate';
import { ApiError, invalid } from './api-error';
import { authenticate, isAllowed, outsideBinding } from '../access/auth';
import type { ActiveToken } from '../access/auth';
import { behaviourOf, writesOnGet } from '../behaviours/index';
import type { Clock } from '../state/clock';
import { Answer, STREAMING, callerFor } from '../access/context';
import { answerPreflight } from './cors';
import type { Context } from '../access/context';
import { documentedError } from '../access/documented-status';
import { parseJsonBody, readBody, sendBytes, sendError, sendJson } from './http-io';
import { locate } from '../access/locate';
import { isMultipart, parseMultipart } from './multipart-parse';
import type { FormPart } from './multipart-parse';
import { paramsFrom, takesBody } from './params';
import { platformAnswer } from './platform-routes';
import { downloadAnswer } from '../state/private-file-urls';
import { routeOf } from './routes';
import type { StreamHub } from './sse';
import type { OrgRecord, State } from '../types';

export interface AppOptions {
  /** The current state (reset() swaps it). */
  state: () => State;
  clock: Clock;
  maxBodyBytes: number;
  streams: StreamHub;
  /** Called after a write action changed the state, before the answer is sent. */
  onWrite: () => void;
  log?: (line: string) => void;
}

function authorize(options: AppOptions, req: IncomingMessage, name: string, match: ReturnType<typeof routeOf>): ActiveToken | undefined {
  const token = authenticate(options.state(), req.headers.authorization, options.clock.now());
  if (match.action.auth === 'none') return token;
  if (!token) throw new ApiError(401, 'Unauthorized', 'A valid access token is required (Authorization: Bearer <token>)');
  if (!isAllowed(token, match.action)) throw new ApiError(403, 'Forbidden', `The access token's scopes do not allow ${name}`);
  const outside = outsideBinding(token, match.pathParams);
  if (outside) throw new ApiError(403, 'Forbidden', outside);
  return token;
}

function readParams(match: ReturnType<typeof routeOf>, req: IncomingMessage, bytes: Buffer, query: URLSearchParams): { params: Record<string, unknown>; form?: FormPart[] } {
  const contentType = req.headers['content-type'];
  let body: unknown;
  let form: FormPart[] | undefined;
  if (match.action.transport === 'multipart') {
    if (!isMultipart(contentType)) throw new ApiError(415, 'UnsupportedMediaType', 'This action takes a multipart/form-data body');
    form = parseMultipart(bytes, contentType as string);
  } else if (takesBody(match.action)) {
    // Actions without a body param ignore the body they were sent.
    body = parseJsonBody(bytes, contentType);
  }
  return { params: paramsFrom(match.action, { pathParams: match.pathParams, query, headers: req.headers, body, form }), form };
}

/** What a request has reached: its action, once routed and its token accepted (its errors are then the action's). */
interface Reached { action?: ActionSpec }

export function createApp(options: AppOptions): (req: IncomingMessage, res: ServerResponse) => void {
  async function run(req: IncomingMessage, res: ServerResponse, reached: Reached): Promise<void> {
    // Every body is read first, within the limit, whatever the method and route:
    // one that is not read would be left for Node to drain, with no limit.
    const bytes = await readBody(req, res, options.maxBodyBytes);
    const url = req.url || '/';
    const q = url.indexOf('?');
    const method = req.method || 'GET';
    const pathname = q === -1 ? url : url.slice(0, q);
    const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
    const platform = platformAnswer(method, pathname);
    if (platform) return sendJson(res, 200, platform);
    const download = downloadAnswer(options.state().store, options.clock.now(), method, pathname, query);
    if (download) return sendBytes(res, download);
    const match = routeOf(method, pathname);
    const name = `${match.resource}.${match.name}`;
    const token = authorize(options, req, name, match);
    reached.action = match.action;
    const { params, form } = readParams(match, req, bytes, query);
    const problem = checkParams(match.action, params);
    if (problem) throw invalid(problem.message);
    const state = options.state();
    // Actions that need no token (a public dashboard) are answered whoever asks.
    const caller = match.action.auth === 'none' ? undefined : callerFor(state, token);
    const found = locate(state, match.action, match.pathParams, caller);
    const ctx: Context = {
      resource: match.resource,
      action: match.name,
      spec: match.action,
      state,
      clock: options.clock,
      params,
      token,
      items: found.items,
      record: found.record as OrgRecord,
      streams: options.streams,
      form,
      req,
      res,
    };
    const result = behaviourOf(match.resource, match.name)(ctx);
    if (result === STREAMING) return;
    if (match.action.method !== 'GET' || writesOnGet(name)) options.onWrite();
    if (result instanceof Answer) sendJson(res, result.status, result.body);
    else sendJson(res, match.action.responses[0].status, result);
  }

  return (req, res) => {
    if (options.log) {
      const log = options.log;
      res.on('finish', () => log(`${req.method} ${req.url} → ${res.statusCode}`));
    }
    if (answerPreflight(req, res)) return;
    const reached: Reached = {};
    run(req, res, reached).catch((err: unknown) => {
      if (err instanceof ApiError) return sendError(res, reached.action ? documentedError(reached.action, err) : err);
      const message = err instanceof Error ? err.message : String(err);
      sendError(res, new ApiError(500, 'InternalError', `The emulator failed: ${message}`));
    }).catch(() => {
      // The socket is already gone (client hung up): there is nobody left to answer.
    });
  };
}
