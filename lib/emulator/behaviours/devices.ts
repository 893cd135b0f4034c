/**
 * The actions on several devices that have state behind them: a command to
 * every device a `deviceIds` list, `deviceTags` filter or `deviceQuery`
 * selects (all of the application's when none is given), the composite
 * state of each device of a page, and removing a device's stored data.
 */
import { canRead } from '../access/access';
import type { Behaviour, Context } from '../access/context';
import { callerOfContext } from '../access/context';
import { deviceQueryOptions, tagFilterMatches } from '../state/device-query';
import { listPage } from '../state/list';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { matchesQuery } from '../state/query-match';
import { itemsOf, key, sameId } from '../state/store';
import type { Item, Json } from '../state/store';
import { synthesized } from '../state/synthesized';
import { compositeState, recordCommand } from './device-state';

const devicesPair = () => model().pairs.get('devices') as Pair;

/** The application's devices the caller may read (a device's token: itself only). */
function devicesOf(ctx: Context): Item[] {
  const caller = callerOfContext(ctx);
  return itemsOf(ctx.state.store, devicesPair(), ctx.params).filter((d) => canRead(ctx.state, caller, devicesPair(), d));
}

function selected(ctx: Context, filter: Json): Item[] {
  let devices = devicesOf(ctx);
  if (Array.isArray(filter.deviceIds)) devices = devices.filter((d) => (filter.deviceIds as string[]).some((id) => sameId(id, d.doc.id)));
  if (Array.isArray(filter.deviceTags)) devices = devices.filter((d) => tagFilterMatches(d.doc, filter.deviceTags as Json[]));
  if (filter.deviceQuery !== undefined) {
    const options = deviceQueryOptions(ctx.state.store, devicesPair());
    devices = devices.filter((d) => matchesQuery(d.doc, filter.deviceQuery, options));
  }
  return devices;
}

export const devicesBehaviours: { [name: string]: Behaviour } = {
  'devices.sendCommand': (ctx) => {
    const command = ctx.params.multiDeviceCommand as Json;
    for (const device of selected(ctx, command)) recordCommand(ctx, String(device.doc.id), command);
    return { success: true };
  },
  'devices.getCompositeState': (ctx) => {
    const docs = devicesOf(ctx).map((d) => ({ id: d.doc.id, name: d.doc.name, compositeState: compositeState(ctx, d) }));
    const page = listPage(docs, { params: ctx.params, accepts: ctx.spec.params.map((p) => p.name) });
    return { ...page, applicationId: ctx.params.applicationId };
  },
  'device.removeData': (ctx) => {
    ctx.state.deviceStates.delete(key(ctx.params.deviceId));
    return synthesized(ctx);
  },
  'devices.removeData': (ctx) => {
    const options = ctx.params.options as Json;
    for (const device of selected(ctx, options)) ctx.state.deviceStates.delete(key(device.doc.id));
    return synthesized(ctx);
  },
};
