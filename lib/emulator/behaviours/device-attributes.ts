/**
 * A device's attributes (`…/devices/{deviceId}/attributes[/{name}]`): a view
 * of the device document's own `attributes`, so there is one truth. Adding,
 * changing or removing one here is what `device.get` shows next, and the
 * device's composite state reports the attributes it has (device-state.ts).
 * An attribute is known by its name, unique on its device; a patch keeps the
 * name (it is the attribute's id in the path), as for every item's id.
 */
import { invalid, notFound } from '../server/api-error';
import { iso } from '../state/clock';
import { answerWith } from '../state/collections';
import type { Behaviour, Context } from '../access/context';
import { listPage, listParams } from '../state/list';
import { setField } from '../state/store';
import type { Json } from '../state/store';

/** The device's attributes, as stored (the device was found and checked on the path). */
function attributesOf(ctx: Context): Json[] {
  const device = ctx.items.deviceId.doc;
  return Array.isArray(device.attributes) ? (device.attributes as Json[]) : [];
}

const withIds = (ctx: Context, attribute: Json): Json =>
  ({ ...attribute, applicationId: ctx.params.applicationId, deviceId: ctx.params.deviceId });

function named(ctx: Context): Json {
  const name = String(ctx.params.name);
  const found = attributesOf(ctx).filter((a) => a.name === name)[0];
  if (!found) throw notFound(`Device attribute ${name} was not found`);
  return found;
}

function changed(ctx: Context, attributes: Json[]): void {
  const device = ctx.items.deviceId.doc;
  device.attributes = attributes;
  device.lastUpdated = iso(ctx.clock.tick());
}

function list(ctx: Context): Json {
  const params = listParams(ctx);
  const page = listPage(attributesOf(ctx).map((a) => withIds(ctx, a)), { params, accepts: ctx.spec.params.map((p) => p.name) });
  for (const echo of ['applicationId', 'deviceId', 'sortField', 'sortDirection', 'filterField', 'filter']) {
    if (page[echo] === undefined && params[echo] !== undefined) page[echo] = params[echo];
  }
  return answerWith(ctx, page);
}

function create(ctx: Context): Json {
  const body = ctx.params.deviceAttribute as Json;
  if (attributesOf(ctx).some((a) => a.name === body.name)) throw invalid(`deviceAttribute.name ${String(body.name)} already exists on this device`);
  const attribute: Json = {};
  for (const field of Object.keys(body)) setField(attribute, field, body[field]);
  changed(ctx, attributesOf(ctx).concat([attribute]));
  return answerWith(ctx, withIds(ctx, attribute));
}

function patch(ctx: Context): Json {
  const current = named(ctx);
  const changes = ctx.params.deviceAttribute as Json;
  const next: Json = { ...current };
  for (const field of Object.keys(changes)) if (field !== 'name') setField(next, field, changes[field]);
  changed(ctx, attributesOf(ctx).map((a) => (a === current ? next : a)));
  return answerWith(ctx, withIds(ctx, next));
}

export const deviceAttributeBehaviours: { [name: string]: Behaviour } = {
  'deviceAttributes.get': list,
  'deviceAttributes.post': create,
  'deviceAttribute.get': (ctx) => answerWith(ctx, withIds(ctx, named(ctx))),
  'deviceAttribute.patch': patch,
  'deviceAttribute.delete': (ctx) => {
    const gone = named(ctx);
    changed(ctx, attributesOf(ctx).filter((a) => a !== gone));
    return answerWith(ctx, { success: true });
  },
};
