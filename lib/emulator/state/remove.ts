/**
 * Removing an item from the state: the store's cascade (store.ts) plus what
 * lives beside the store, keyed by the item: a device's states and commands,
 * the replay buffers of its streams (and of an application's MQTT stream),
 * whose open streams end; and the seed's and the logins' tokens tied to it,
 * which would otherwise outlive it in a saved state. API tokens tied to an
 * application are items under it, removed by the cascade.
 */
import type { Context } from '../access/context';
import type { Pair } from './model';
import { key, removeItem, sameId } from './store';
import type { Item } from './store';
import { revokeSessions } from '../access/token-index';

export function removeFrom(ctx: Pick<Context, 'state' | 'streams'>, pair: Pair, item: Item): void {
  const { state, streams } = ctx;
  removeItem(state.store, pair, item, (removed, gone) => {
    const id = String(gone.doc.id);
    if (removed.store === 'devices') {
      state.deviceStates.delete(key(id));
      state.deviceCommands.delete(key(id));
      streams.forget(`state:${key(id)}`);
      streams.forget(`command:${key(id)}`);
      revokeSessions(state, (token) => sameId(token.deviceId, id));
    } else if (removed.store === 'applications') {
      streams.forget(`mqtt:${key(id)}`);
      revokeSessions(state, (token) => sameId(token.applicationId, id));
    }
  });
}
