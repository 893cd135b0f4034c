/**
 * Removing an item from the state: the store's cascade (store.ts) plus what
 * lives beside the store, keyed by the item (a device's states and commands).
 */
import type { Pair } from './model';
import { key, removeItem } from './store';
import type { Item } from './store';
import type { State } from './types';

export function removeFrom(state: State, pair: Pair, item: Item): void {
  removeItem(state.store, pair, item, (removed, gone) => {
    if (removed.store !== 'devices') return;
    state.deviceStates.delete(key(gone.doc.id));
    state.deviceCommands.delete(key(gone.doc.id));
  });
}
