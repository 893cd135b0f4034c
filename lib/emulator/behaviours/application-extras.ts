/**
 * Actions beside the collections that a user reads back after changing:
 * an application's globals and readme, a flow's storage, the bulk device
 * and event actions (selected by ids or the advanced query format), a
 * device recipe's bulk create, and removing an application's experience.
 * The readme and the storage are kept on their application's and flow's
 * documents, hidden from their answers (model-overrides.ts).
 */
import { iso } from '../state/clock';
import { answerWith, store } from '../state/collections';
import type { Behaviour, Context } from '../access/context';
import { userIdOf } from '../access/context';
import { deviceQueryOptions } from '../state/device-query';
import { newId } from '../state/ids';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { matchesQuery } from '../state/query-match';
import { removeFrom } from '../state/remove';
import { isObject, itemsOf, putItem, sameId, setField } from '../state/store';
import type { Item, Json } from '../state/store';

const pair = (name: string) => model().pairs.get(name) as Pair;

function readme(ctx: Context): Json {
  const doc = ctx.items.applicationId.doc;
  const kept = isObject(doc.readme) ? doc.readme : {};
  return { applicationId: doc.id, content: '', lastUpdated: doc.lastUpdated, ...kept };
}

function storage(ctx: Context): Json {
  const doc = ctx.items.flowId.doc;
  if (!isObject(doc.storage)) doc.storage = Object.create(null);
  return doc.storage as Json;
}

/** The devices a bulk action selects: by `deviceIds`, else by `query` (none given: none selected). */
function selectDevices(ctx: Context, body: Json): Item[] {
  const devices = itemsOf(ctx.state.store, pair('devices'), ctx.params);
  if (Array.isArray(body.deviceIds)) return devices.filter((d) => (body.deviceIds as string[]).some((id) => sameId(id, d.doc.id)));
  if (body.query === undefined) return [];
  const options = deviceQueryOptions(ctx.state.store, pair('devices'));
  return devices.filter((d) => matchesQuery(d.doc, body.query, options));
}

function patchDevices(ctx: Context): Json {
  const body = ctx.params.patchInfo as Json;
  const chosen = selectDevices(ctx, body);
  const now = ctx.clock.tick();
  let skipped = 0;
  for (const device of chosen) {
    const next: Json = { ...device.doc };
    if (isObject(body.updateFields)) for (const f of Object.keys(body.updateFields)) setField(next, f, body.updateFields[f]);
    for (const op of (Array.isArray(body.updateOperations) ? body.updateOperations : []) as Json[]) {
      // The plain `set` of a field; tag and attribute operations are not modelled.
      if (op.operation === 'set' && typeof op.target === 'string') setField(next, op.target, op.value);
      else skipped += 1;
    }
    next.lastUpdated = iso(now);
    device.doc = store(pair('devices'), next, now);
  }
  return { updated: chosen.length, failed: 0, skipped };
}

const EXPERIENCE: Array<[string, string]> = [
  ['experienceUsers', 'keepUsers'], ['experienceGroups', 'keepGroups'], ['experienceSlugs', 'keepSlugs'],
  ['experienceDomains', 'keepDomains'], ['experienceViews', 'keepViews'], ['experienceEndpoints', 'keepEndpoints'],
];

export const applicationExtraBehaviours: { [name: string]: Behaviour } = {
  'application.globals': (ctx) => {
    const doc = ctx.items.applicationId.doc;
    let globals = (Array.isArray(doc.globals) ? doc.globals.slice() : []) as Json[];
    for (const change of ctx.params.globals as Json[]) {
      const old = globals.filter((g) => g.key === change.key)[0];
      globals = globals.filter((g) => g.key !== change.key);
      // A null `json` removes the global; anything else adds or changes it.
      if (change.json !== null) globals.push({ ...old, ...change });
    }
    const now = ctx.clock.tick();
    ctx.items.applicationId.doc = store(pair('applications'), { ...doc, globals, lastUpdated: iso(now) }, now);
    return answerWith(ctx, ctx.items.applicationId.doc);
  },
  'application.readme': (ctx) => answerWith(ctx, readme(ctx)),
  'application.readmePatch': (ctx) => {
    const user = userIdOf(ctx);
    const changed = { content: (ctx.params.readme as Json).content || '', lastUpdated: iso(ctx.clock.tick()), lastUpdatedById: user, lastUpdatedByType: user ? 'user' : undefined };
    ctx.items.applicationId.doc.readme = changed;
    return answerWith(ctx, readme(ctx));
  },
  'flow.getStorageEntries': (ctx) => ({ ...storage(ctx) }),
  'flow.setStorageEntry': (ctx) => {
    const entry = ctx.params.entry as Json;
    setField(storage(ctx), String(entry.key), entry.value === undefined ? null : entry.value);
    return { success: true };
  },
  'flow.clearStorageEntries': (ctx) => {
    const before = { ...storage(ctx) };
    ctx.items.flowId.doc.storage = Object.create(null);
    return before;
  },
  'devices.delete': (ctx) => {
    const chosen = selectDevices(ctx, ctx.params.options as Json);
    chosen.forEach((d) => removeFrom(ctx, pair('devices'), d));
    return { removed: chosen.length, failed: 0 };
  },
  'devices.patch': patchDevices,
  'events.delete': (ctx) => {
    const chosen = itemsOf(ctx.state.store, pair('events'), ctx.params).filter((e) => matchesQuery(e.doc, ctx.params.query));
    chosen.forEach((e) => removeFrom(ctx, pair('events'), e));
    return { removed: chosen.length };
  },
  'experience.delete': (ctx) => {
    for (const [name, keep] of EXPERIENCE) {
      if (String(ctx.params[keep]) === 'true') continue;
      itemsOf(ctx.state.store, pair(name), ctx.params).forEach((item) => removeFrom(ctx, pair(name), item));
    }
    return { success: true };
  },
  'deviceRecipe.bulkCreate': (ctx) => {
    const recipe = ctx.items.deviceRecipeId.doc;
    const count = Math.min(Number((ctx.params.bulkInfo as Json).count) || 0, 1000);
    const now = ctx.clock.tick();
    for (let i = 1; i <= count; i++) {
      const id = newId(now);
      const doc: Json = {
        id, deviceId: id, applicationId: ctx.params.applicationId, name: `${String(recipe.deviceName || recipe.name)} ${i}`,
        deviceClass: recipe.deviceClass, tags: recipe.tags, attributes: recipe.attributes, creationDate: iso(now), lastUpdated: iso(now),
      };
      putItem(ctx.state.store, pair('devices'), { doc: store(pair('devices'), doc, now), scope: { applicationId: String(ctx.params.applicationId) } });
    }
    return { created: count, failed: 0 };
  },
};
