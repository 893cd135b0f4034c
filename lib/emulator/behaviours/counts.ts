/**
 * The four usage actions: a time range (`start`/`end`, ms since epoch,
 * default the last 30 days) cut into day or hour buckets.
 */
import type { DeviceCounts, NotebookMinuteCounts, PayloadCountsBreakdown, PayloadStats } from '../../generated/schema-types';
import { invalid } from '../server/api-error';
import { DAY, floorTo, iso } from '../state/clock';
import { payloadStats } from './org-view';
import type { Context } from '../access/context';
import type { OrgRecord } from '../types';

const DEFAULT_WINDOW = 30 * DAY;
/** Past this many buckets, leading buckets before the first data are left out; if still more, the range is refused. */
export const MAX_BUCKETS = 1000;

export interface Range { start: number; end: number }

function parseTime(name: string, value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{1,15}$/.test(text)) throw invalid(`${name} must be a time in milliseconds since the epoch`);
  return Number(text);
}

export function parseRange(params: Record<string, unknown>, now: number): Range {
  const end = parseTime('end', params.end);
  const start = parseTime('start', params.start);
  const range = { end: end === undefined ? now : end, start: 0 };
  range.start = start === undefined ? range.end - DEFAULT_WINDOW : start;
  if (range.start > range.end) throw invalid('start must not be after end');
  return range;
}

/** The range a usage action's params ask for, as of the emulator's clock. */
export function rangeOf(ctx: Context): Range {
  return parseRange(ctx.params, ctx.clock.now());
}

/** Bucket starts covering the range; `times` are the series' data points (to trim an over-long range). */
function buckets(range: Range, resolution: number, times: number[]): number[] {
  let first = floorTo(range.start, resolution);
  const last = floorTo(range.end, resolution);
  if ((last - first) / resolution + 1 > MAX_BUCKETS) {
    const inRange = times.filter((t) => t >= range.start && t <= range.end);
    first = inRange.length ? Math.max(first, floorTo(inRange.reduce((a, b) => Math.min(a, b)), resolution)) : last + resolution;
    if ((last - first) / resolution + 1 > MAX_BUCKETS) {
      throw invalid(`The range spans more than ${MAX_BUCKETS} buckets of ${resolution} ms; narrow start and end`);
    }
  }
  const list: number[] = [];
  for (let b = first; b <= last; b += resolution) list.push(b);
  return list;
}

/** Sums `pick(entry)` per bucket for the entries inside the range. */
function bucketSums<E extends { time: number }>(entries: E[], range: Range, resolution: number, pick: (e: E) => number[]): Map<number, number[]> {
  const sums = new Map<number, number[]>();
  for (const e of entries) {
    if (e.time < range.start || e.time > range.end) continue;
    const key = floorTo(e.time, resolution);
    const values = pick(e);
    let into = sums.get(key);
    if (!into) sums.set(key, (into = values.map(() => 0)));
    const sum = into;
    values.forEach((v, i) => { sum[i] += v; });
  }
  return sums;
}

export function deviceCounts(record: OrgRecord, range: Range): DeviceCounts {
  const entries = record.usage.devices;
  const sums = bucketSums(entries, range, DAY, (e) => [e.created, e.deleted]);
  const current = (record.org.summary && record.org.summary.deviceCount) || 0;
  const counts = buckets(range, DAY, entries.map((e) => e.time)).map((b) => {
    // The total at the end of a day is today's count minus every change made after that day.
    let later = 0;
    for (const e of entries) if (e.time >= b + DAY) later += e.created - e.deleted;
    const [created, deleted] = sums.get(b) || [0, 0];
    return { date: iso(b), created, deleted, total: Math.max(0, current - later) };
  });
  return { start: iso(range.start), end: iso(range.end), counts };
}

export function notebookMinuteCounts(record: OrgRecord, range: Range): NotebookMinuteCounts {
  const entries = record.usage.notebooks;
  const sums = bucketSums(entries, range, DAY, (e) => [e.minutes, e.completed, e.canceled, e.errored, e.timeout]);
  const counts = buckets(range, DAY, entries.map((e) => e.time)).map((b) => {
    const [minutes, completed, canceled, errored, timeout] = sums.get(b) || [0, 0, 0, 0, 0];
    return { date: iso(b), minutes, completed, canceled, errored, timeout };
  });
  return { start: iso(range.start), end: iso(range.end), counts };
}

export function payloadCounts(record: OrgRecord, range: Range): PayloadStats {
  // Every payload type counts here; only the breakdown separates out the non-billable ones.
  return payloadStats(record.usage.payloads, range.start, range.end);
}

/**
 * `resolution`, `asBytes`, `includeNonBillable` are already checked against the table's enums.
 * Since API 1.30.0 each bucket answers one `value`: the payload count, or the bytes when
 * `asBytes` is true (1.25.0 answered `payloads` and `bytes` side by side, and echoed the params).
 */
export function payloadCountsBreakdown(record: OrgRecord, range: Range, params: Record<string, unknown>): PayloadCountsBreakdown {
  const resolution = params.resolution === undefined ? DAY : Number(params.resolution);
  const asBytes = String(params.asBytes) === 'true';
  const includeNonBillable = String(params.includeNonBillable) === 'true';
  const entries = record.usage.payloads.filter((e) => includeNonBillable || e.billable);
  const sums = bucketSums(entries, range, resolution, (e) => [e.count, e.bytes]);
  const counts = buckets(range, resolution, entries.map((e) => e.time)).map((b) => {
    const [payloads, bytes] = sums.get(b) || [0, 0];
    return { date: iso(b), value: asBytes ? bytes : payloads };
  });
  return { start: iso(range.start), end: iso(range.end), counts };
}
