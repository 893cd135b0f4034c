/**
 * The answer of an action with no state behind it (an export job, a search,
 * a stats report): a document synthesized from its documented response
 * schema, filled with the request's values (path ids, query values, body
 * fields) and the fields of the items its path names (the application's
 * name, the device's tags), so that it reads as belonging to its request.
 * Never a fixed stub: the same schema answers differently for different
 * requests, and always validly.
 */
import { schemas } from '../../generated/schemas/index';
import { synthesize } from '../../validation/synthesize';
import { Answer } from '../access/context';
import type { Context } from '../access/context';
import { visible } from './collections';
import { model } from './model';
import { isObject } from './store';
import type { Json } from './store';

/** Known values by property name: the path's items first, then the params (and the fields of body objects), which win. */
export function requestValues(ctx: Context): Json {
  const values: Json = Object.create(null);
  const pairs = model().pairs;
  Object.keys(ctx.items).forEach((param) => {
    const pair = Array.from(pairs.values()).filter((p) => p.idParam === param)[0];
    const doc = pair ? visible(pair, ctx.items[param].doc) : ctx.items[param].doc;
    for (const field of Object.keys(doc)) if (field !== 'id') values[field] = doc[field];
  });
  if (ctx.record) values.orgName = ctx.record.org.name;
  for (const spec of ctx.spec.params) {
    const value = ctx.params[spec.name];
    if (value === undefined) continue;
    if (spec.in === 'body' && isObject(value)) Object.keys(value).forEach((field) => { values[field] = value[field]; });
    else values[spec.name] = value;
  }
  return values;
}

export function synthesized(ctx: Context, status?: number): unknown {
  const responses = ctx.spec.responses;
  const response = (status !== undefined && responses.filter((r) => r.status === status)[0]) || responses[0];
  const body = response.schema
    ? synthesize(schemas[response.schema], { full: true, values: requestValues(ctx), now: ctx.clock.now() })
    : undefined;
  return response === responses[0] ? body : new Answer(response.status, body);
}
