/**
 * `Retry-After` as RFC 9110 (section 10.2.3) defines it: delta-seconds (digits
 * only) or an HTTP-date (IMF-fixdate, or the obsolete RFC 850 and asctime
 * forms recipients must accept). Anything else is unreadable and ignored, so
 * the normal backoff applies: `Date.parse` would read `-1`, `1.5` or a
 * doubled header (`5, 10`) as dates in the past, that is, "retry now".
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// Written out as literals (rather than assembled from parts) so the ES2018 checker can read them.
/** `Sun, 06 Nov 1994 08:49:37 GMT` */
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d\d) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/;
/** `Sunday, 06-Nov-94 08:49:37 GMT` */
const RFC850_DATE = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d\d)-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d\d) (\d\d):(\d\d):(\d\d) GMT$/;
/** `Sun Nov  6 08:49:37 1994` */
const ASCTIME_DATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([ \d]\d) (\d\d):(\d\d):(\d\d) (\d{4})$/;
const DELTA_SECONDS = /^\d+$/;

/** Milliseconds from `now` until the time `value` names (0 for a past date); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = trimOws(value);
  if (DELTA_SECONDS.test(text)) return Number(text) * 1000;
  const date = httpDate(text, now);
  return date === undefined ? undefined : Math.max(0, date - now);
}

/** Without leading and trailing spaces and tabs (HTTP's optional whitespace), in linear time. */
function trimOws(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value.charCodeAt(start) === 32 || value.charCodeAt(start) === 9)) start++;
  while (end > start && (value.charCodeAt(end - 1) === 32 || value.charCodeAt(end - 1) === 9)) end--;
  return value.slice(start, end);
}

function httpDate(text: string, now: number): number | undefined {
  let m = IMF_FIXDATE.exec(text);
  if (m) return utc(Number(m[3]), m[2], Number(m[1]), m[4], m[5], m[6]);
  m = RFC850_DATE.exec(text);
  if (m) return utc(fullYear(Number(m[3]), now), m[2], Number(m[1]), m[4], m[5], m[6]);
  m = ASCTIME_DATE.exec(text);
  if (m) return utc(Number(m[6]), m[1], Number(m[2]), m[3], m[4], m[5]);
  return undefined;
}

/** A two-digit year more than 50 years ahead is the most recent past year with those digits (RFC 9110). */
function fullYear(twoDigits: number, now: number): number {
  const current = new Date(now).getUTCFullYear();
  const year = current - (current % 100) + twoDigits;
  return year > current + 50 ? year - 100 : year;
}

/** The time in ms, or undefined for a date that does not exist (31 Feb, 25:00). Second 60 is a leap second. */
function utc(year: number, month: string, day: number, h: string, m: string, s: string): number | undefined {
  const monthIndex = MONTHS.indexOf(month);
  const hours = Number(h);
  const minutes = Number(m);
  const seconds = Number(s);
  if (hours > 23 || minutes > 59 || seconds > 60) return undefined;
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are; it rolls 31 Feb over into March.
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  if (date.getUTCMonth() !== monthIndex || date.getUTCDate() !== day) return undefined;
  return date.getTime() + ((hours * 60 + minutes) * 60 + seconds) * 1000;
}
