/**
 * The request pipeline, the same for every action: read the body (within the
 * size limit) → route (from the action table) → authenticate → check scopes
 * → parse the body, if the action takes one → rebuild and
 * validate the params (the client's own checks) → find the organization →
 * run the action's behaviour → persist writes → answer. Every failure
 * becomes a `{ type, message }` answer; nothing a client sends can throw
 * out of here.
 */
import type { IncomingMessage, ServerResponse } from 'http';
import orgActions from '../generated/resources/org';

export type OrgActionName =
  | 'delete' | 'deviceCounts' | 'get' | 'inviteMember' | 'modifyMember' | 'notebookMinuteCounts' | 'patch'
  | 'payloadCounts' | 'payloadCountsBreakdown' | 'pendingInvites' | 'removeMember' | 'revokeInvite' | 'transferResources';
import { checkParams } from '../validate';
import { ApiError, invalid, notFound } from './api-error';
import { isAllowed, TokenRing } from './auth';
import type { Clock } from './clock';
import { handlers } from './handlers';
import { parseJsonBody, readBody, sendError, sendJson } from './http-io';
import { paramsFrom, takesBody } from './params';
import { createRouter } from './router';
import type { Match } from './router';
import type { State } from './types';

export interface AppOptions {
  /** The current state (reset() swaps it). */
  state: () => State;
  ring: () => TokenRing;
  clock: Clock;
  maxBodyBytes: number;
  /** Called after a write action changed the state, before the answer is sent. */
  onWrite: () => void;
  log?: (line: string) => void;
}

const route = createRouter(orgActions);

/**
 * HEAD is answered wherever GET is, as HTTP requires: it runs as the GET (same
 * checks, status and headers, Content-Length included) and Node leaves out
 * the body of an answer to HEAD. A 405 lists HEAD wherever it lists GET.
 */
function routeOf(method: string, pathname: string): Match {
  try {
    return route(method === 'HEAD' ? 'GET' : method, pathname);
  } catch (err) {
    const allow = err instanceof ApiError ? err.headers.Allow : undefined;
    if (allow === undefined || allow.split(', ').indexOf('GET') === -1) throw err;
    const e = err as ApiError;
    throw new ApiError(e.status, e.type, e.message, { ...e.headers, Allow: `${allow}, HEAD` });
  }
}

export function createApp(options: AppOptions): (req: IncomingMessage, res: ServerResponse) => void {
  async function run(req: IncomingMessage, res: ServerResponse): Promise<void> {
    // Every body is read first, within the limit, whatever the method and route:
    // one that is not read would be left for Node to drain, with no limit.
    const bytes = await readBody(req, res, options.maxBodyBytes);
    const url = req.url || '/';
    const q = url.indexOf('?');
    const pathname = q === -1 ? url : url.slice(0, q);
    const match = routeOf(req.method || 'GET', pathname);
    const name = match.name as OrgActionName;
    const token = options.ring().authenticate(req.headers.authorization);
    if (!token) throw new ApiError(401, 'Unauthorized', 'A valid access token is required (Authorization: Bearer <token>)');
    if (!isAllowed(token, match.action)) {
      throw new ApiError(403, 'Forbidden', `The access token's scopes do not allow org.${name}`);
    }
    // Actions without a body param ignore the body they were sent.
    const body = takesBody(match.action) ? parseJsonBody(bytes, req.headers['content-type']) : undefined;
    const query = new URLSearchParams(q === -1 ? '' : url.slice(q + 1));
    const params = paramsFrom(match.action, { pathParams: match.pathParams, query, headers: req.headers, body });
    const problem = checkParams(match.action, params);
    if (problem) throw invalid(problem.message);
    const state = options.state();
    const record = state.orgs.get(String(params.orgId).toLowerCase());
    if (!record) throw notFound(`Organization ${params.orgId} was not found`);
    const result = handlers[name]({ state, record, params, clock: options.clock });
    if (match.action.method !== 'GET') options.onWrite();
    sendJson(res, match.action.responses[0].status, result);
  }

  return (req, res) => {
    if (options.log) {
      const log = options.log;
      res.on('finish', () => log(`${req.method} ${req.url} → ${res.statusCode}`));
    }
    run(req, res).catch((err: unknown) => {
      if (err instanceof ApiError) return sendError(res, err);
      const message = err instanceof Error ? err.message : String(err);
      sendError(res, new ApiError(500, 'InternalError', `The emulator failed: ${message}`));
    }).catch(() => {
      // The socket is already gone (client hung up): there is nobody left to answer.
    });
  };
}
