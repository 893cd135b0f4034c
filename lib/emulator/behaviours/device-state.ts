/**
 * Device state and commands: `sendState` stores each reported state (and
 * counts it as a payload of the organization that owns the application),
 * `getState` and `getCompositeState` read them back, `sendCommand` stores a
 * command; each is published to the device's open streams (streams.ts). A
 * device keeps its latest MAX_KEPT entries of each, oldest dropped first.
 */
import { invalid } from '../server/api-error';
import { iso } from '../state/clock';
import type { Behaviour, Context } from '../access/context';
import { count } from '../state/list';
import { key } from '../state/store';
import type { Item, Json } from '../state/store';
import type { CommandEntry, StateEntry, State } from '../types';

export const MAX_KEPT = 10000;

/** A reported time: ms since the epoch, an ISO string or `{ $date }`; absent means now. */
export function timeOf(value: unknown, now: number, field: string): number {
  if (value === undefined) return now;
  const raw = value !== null && typeof value === 'object' ? (value as Json).$date : value;
  const time = typeof raw === 'number' ? raw : Date.parse(String(raw));
  if (!isFinite(time) || Math.abs(time) > 8.64e15) throw invalid(`${field} must be a time (ms since the epoch or an ISO date)`);
  return time;
}

/** Time parameters where 0 means now and a negative number is relative to now. */
function relative(value: unknown, fallback: number, now: number, field: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!isFinite(n) || String(value).trim() === '') throw invalid(`${field} must be a number of ms`);
  return n > 0 ? n : now + n;
}

/**
 * Adds entries to a device's, kept in time order (equal times in arrival order), the newest
 * MAX_KEPT only, in time linear in their number (a sendState of 25,000 states shifted the
 * whole list once per state): one entry goes into its place; several are appended, sorted
 * only if they came out of order, and the list is trimmed once.
 */
function insert<E extends { time: number }>(map: Map<string, E[]>, deviceId: string, added: E[]): void {
  let entries = map.get(key(deviceId)) || [];
  const last = () => (entries.length ? entries[entries.length - 1].time : -Infinity);
  if (added.length === 1) {
    let at = entries.length;
    while (at > 0 && entries[at - 1].time > added[0].time) at--;
    entries.splice(at, 0, added[0]);
  } else {
    let ordered = true;
    for (const entry of added) {
      if (entry.time < last()) ordered = false;
      entries.push(entry);
    }
    // Stable on every Node (V8's sort was not before Node 11): ties keep their arrival order.
    if (!ordered) entries = entries.map((entry, arrival) => ({ entry, arrival })).sort((a, b) => a.entry.time - b.entry.time || a.arrival - b.arrival).map((e) => e.entry);
  }
  if (entries.length > MAX_KEPT) entries = entries.slice(entries.length - MAX_KEPT);
  map.set(key(deviceId), entries);
}

/** Stores the states (one or several) and publishes each; also used by MQTT messages on `losant/<deviceId>/state`. */
export function recordStates(ctx: Context, applicationId: string, deviceId: string, body: unknown): StateEntry[] {
  const now = ctx.clock.now();
  const states = (Array.isArray(body) ? body : [body]) as Json[];
  const entries = states.map((s, i) => ({ time: timeOf(s.time, now, Array.isArray(body) ? `deviceState[${i}].time` : 'deviceState.time'), data: s.data as Json }));
  insert(ctx.state.deviceStates, deviceId, entries);
  const channel = `state:${key(deviceId)}`;
  if (ctx.streams.listening(channel)) for (const entry of entries) ctx.streams.publish(channel, 'deviceState', { time: iso(entry.time), data: entry.data });
  countPayloads(ctx.state, applicationId, entries.length, JSON.stringify(body).length, now);
  return entries;
}

function countPayloads(state: State, applicationId: string, n: number, bytes: number, now: number): void {
  const app = (state.store.get('applications') || new Map()).get(key(applicationId));
  const record = app && app.doc.ownerType === 'organization' ? state.orgs.get(key(app.doc.ownerId)) : undefined;
  if (record) record.usage.payloads.push({ time: now, type: 'deviceState', source: String(applicationId), count: n, bytes, billable: true });
}

export function recordCommand(ctx: Context, deviceId: string, command: Json): void {
  const entry: CommandEntry = { time: timeOf(command.time, ctx.clock.now(), 'deviceCommand.time'), name: String(command.name) };
  if (command.payload !== undefined) entry.payload = command.payload;
  insert(ctx.state.deviceCommands, deviceId, [entry]);
  ctx.streams.publish(`command:${key(deviceId)}`, 'deviceCommand', { ...entry, time: iso(entry.time) });
}

/** The newest (or oldest) `limit` entries since `since`, as the API lists them. */
function recent<E extends { time: number }>(ctx: Context, entries: E[] | undefined): E[] {
  const limit = count(ctx.params, 'limit', 1, MAX_KEPT);
  const since = ctx.params.since === undefined ? -Infinity : relative(ctx.params.since, 0, ctx.clock.now(), 'since');
  const chosen = (entries || []).filter((e) => e.time >= since);
  const ordered = ctx.params.sortDirection === 'asc' ? chosen : chosen.slice().reverse();
  return ordered.slice(0, limit);
}

/** The latest value of each attribute between `start` and `end` (ms; 0 is now, negative is relative to now). */
export function compositeState(ctx: Context, device: Item): Json {
  const deviceId = String(device.doc.id);
  const now = ctx.clock.now();
  const start = relative(ctx.params.start, 1, now, 'start');
  const end = relative(ctx.params.end, now, now, 'end');
  const wanted = typeof ctx.params.attributes === 'string' && ctx.params.attributes ? ctx.params.attributes.split(',').map((a) => a.trim()) : undefined;
  // Only the attributes the device has now: one removed (device-attributes.ts) is no longer reported.
  const defined = Array.isArray(device.doc.attributes) ? (device.doc.attributes as Json[]).map((a) => a.name) : undefined;
  const composite: Json = Object.create(null);
  for (const entry of ctx.state.deviceStates.get(key(deviceId)) || []) {
    if (entry.time < start || entry.time > end) continue;
    for (const name of Object.keys(entry.data)) {
      if ((!wanted || wanted.indexOf(name) !== -1) && (!defined || defined.indexOf(name) !== -1)) composite[name] = { value: entry.data[name], time: iso(entry.time) };
    }
  }
  return composite;
}

const deviceIdOf = (ctx: Context) => String(ctx.params.deviceId);

export const deviceStateBehaviours: { [name: string]: Behaviour } = {
  'device.sendState': (ctx) => {
    recordStates(ctx, String(ctx.params.applicationId), deviceIdOf(ctx), ctx.params.deviceState);
    return { success: true };
  },
  'device.getState': (ctx) => recent(ctx, ctx.state.deviceStates.get(key(deviceIdOf(ctx)))).map((e) => ({ time: iso(e.time), data: e.data })),
  'device.getCompositeState': (ctx) => compositeState(ctx, ctx.items.deviceId),
  'device.sendCommand': (ctx) => {
    recordCommand(ctx, deviceIdOf(ctx), ctx.params.deviceCommand as Json);
    return { success: true };
  },
  'device.getCommand': (ctx) => recent(ctx, ctx.state.deviceCommands.get(key(deviceIdOf(ctx)))).map((e) => ({ ...e, time: iso(e.time) })),
  'device.setConnectionStatus': (ctx) => {
    const status = ctx.params.connectionStatus as Json;
    const connected = status.status === 'connected';
    const at = connected ? status.connectedAt : status.disconnectedAt;
    const item = ctx.items.deviceId;
    item.doc.connectionInfo = { connected: connected ? 1 : 0, time: iso(timeOf(at, ctx.clock.now(), 'connectionStatus.time')) };
    return { success: true };
  },
};
