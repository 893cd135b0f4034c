/**
 * A private file's download url, as the platform gives one: signed, and valid
 * for `urlTTL` seconds (default 900; `0`, or a directory, or a file not
 * uploaded yet: no url). It points at the emulator itself
 * (`/private-files/{applicationId}/{privateFileId}?expires=…&signature=…`),
 * which serves the bytes uploaded (behaviours/private-files.ts) to whoever
 * holds the url until it expires, with no token, as a signed S3 url would;
 * a url whose signature does not match, or that has expired, is refused.
 * The signing key is made per process: a url does not outlive its emulator.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'crypto';
import type { Context } from '../access/context';
import { model } from './model';
import type { Pair } from './model';
import { findItem } from './store';
import type { Json, Stores } from './store';

const KEY = randomBytes(32);
const PREFIX = '/private-files/';
const DEFAULT_TTL_SECONDS = 900;

const sign = (applicationId: string, id: string, expires: string) =>
  createHmac('sha256', KEY).update(`${applicationId}/${id}/${expires}`).digest('hex');

/** The document with its `url`, for the answers that show a private file (a no-op for any other pair). */
export function withDownloadUrl(pair: Pair, ctx: Context, doc: Json): Json {
  if (pair.store !== 'privateFiles' || doc.type === 'directory' || doc.status !== 'completed') return doc;
  const ttl = ctx.params.urlTTL === undefined || ctx.params.urlTTL === '' ? DEFAULT_TTL_SECONDS : Number(ctx.params.urlTTL);
  if (!(ttl > 0)) return doc;
  const applicationId = String(doc.applicationId);
  const id = String(doc.id);
  const expires = String(ctx.clock.now() + Math.round(ttl * 1000));
  const url = `http://${ctx.req.headers.host}${PREFIX}${applicationId}/${id}?expires=${expires}&signature=${sign(applicationId, id, expires)}`;
  return { ...doc, url };
}

export interface Download { status: number; contentType?: string; body: Buffer }

/** The answer to a GET of a download url, or undefined for any other path. */
export function downloadAnswer(stores: Stores, now: number, method: string, pathname: string, query: URLSearchParams): Download | undefined {
  if ((method !== 'GET' && method !== 'HEAD') || pathname.indexOf(PREFIX) !== 0) return undefined;
  const [applicationId, id] = pathname.slice(PREFIX.length).split('/');
  const expires = query.get('expires') || '';
  const given = Buffer.from(query.get('signature') || '');
  const wanted = Buffer.from(sign(String(applicationId), String(id), expires));
  const refused = (message: string): Download => ({ status: 403, contentType: 'text/plain', body: Buffer.from(message) });
  if (given.length !== wanted.length || !timingSafeEqual(given, wanted)) return refused('The signature does not match');
  if (!(Number(expires) >= now)) return refused('The url has expired');
  const item = findItem(stores, model().pairs.get('privateFiles') as Pair, { applicationId }, String(id));
  if (!item || typeof item.doc.content !== 'string') return { status: 404, contentType: 'text/plain', body: Buffer.from('The file is gone') };
  return { status: 200, contentType: typeof item.doc.contentType === 'string' ? item.doc.contentType : 'application/octet-stream', body: Buffer.from(item.doc.content, 'base64') };
}
