/**
 * Time for one emulator: `now()` for reads, `tick()` for writes. `tick()`
 * never returns the same millisecond twice, so every write moves
 * `lastUpdated` forward even when two land in the same millisecond.
 */
export const HOUR = 3600000;
export const DAY = 24 * HOUR;

export interface Clock {
  now(): number;
  tick(): number;
}

export function createClock(source: () => number = Date.now): Clock {
  let last = 0;
  return {
    now: () => source(),
    tick() {
      last = Math.max(source(), last + 1);
      return last;
    },
  };
}

/** Start of the UTC day (or hour, or any resolution) that contains `ms`. */
export function floorTo(ms: number, resolution: number): number {
  return Math.floor(ms / resolution) * resolution;
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
