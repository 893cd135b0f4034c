/**
 * Which action a client method is, so that `client.paginate(client.devices.get, …)` can
 * find the action's paging shape (in its resource's table, loaded on first use) from the
 * method alone. Weak: a client that is dropped takes its methods' entries with it.
 */
import type { ResourceName } from '../generated/resources/index';

export interface ActionIdentity {
  readonly resource: ResourceName;
  readonly action: string;
}

const identities = new WeakMap<object, ActionIdentity>();

export function registerAction(method: object, resource: ResourceName, action: string): void {
  identities.set(method, { resource, action });
}

/** The action behind a client method, or undefined for anything else. */
export function identifyAction(method: unknown): ActionIdentity | undefined {
  return typeof method === 'function' ? identities.get(method) : undefined;
}
