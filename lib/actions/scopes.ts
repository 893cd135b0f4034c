/**
 * Token scopes that allow an action. The seed lists them per action; they all
 * follow one rule, so they are derived here rather than repeated 13 times.
 */
import type { ActionSpec } from './types';

/** Scopes, sorted as the seed document lists them. */
export function scopesFor(resource: string, actionName: string, action: Pick<ActionSpec, 'access'>): string[] {
  const read = action.access === 'read';
  return [
    'all.Organization',
    ...(read ? ['all.Organization.read'] : []),
    'all.User',
    ...(read ? ['all.User.read'] : []),
    `${resource}.*`,
    `${resource}.${actionName}`,
  ];
}
