/**
 * Checkers for the string formats the API's schemas use ("date-time", "email", "uri"),
 * and the code-point length JSON Schema's minLength/maxLength count. Deliberately
 * strict enough to catch typos, never stricter than the platform: an unknown format
 * passes.
 */

// RFC 3339 date-time; the time zone (Z or +hh:mm / -hh:mm) is required.
// RFC 3339 section 5.6 allows "t" and (by note) a space instead of "T".
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
// Dot-atom local part @ dotted host name (at least two labels, each 1-63
// letters, digits or hyphens, not starting or ending with a hyphen).
const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
// Absolute URI (RFC 3986): scheme ":" then only characters a URI may
// contain (unreserved, reserved, percent-escapes), at most one "#".
const URI = /^[A-Za-z][A-Za-z\d+.-]*:(?:[A-Za-z\d\-._~!$&'()*+,;=:@/?[\]]|%[\dA-Fa-f]{2})*(?:#(?:[A-Za-z\d\-._~!$&'()*+,;=:@/?]|%[\dA-Fa-f]{2})*)?$/;

function dateTime(str: string): boolean {
  const m = DATE_TIME.exec(str);
  if (!m) return false;
  const year = +m[1];
  const month = +m[2];
  const day = +m[3];
  const hour = +m[4];
  const minute = +m[5];
  const second = +m[6];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month])) return false;
  if (hour > 23 || minute > 59 || second > 60) return false;
  let offset = 0;
  if (m[7]) {
    if (+m[8] > 23 || +m[9] > 59) return false;
    offset = (m[7] === '-' ? -1 : 1) * (+m[8] * 60 + +m[9]);
  }
  if (second === 60) {
    // A leap second can only be 23:59:60 UTC.
    const utc = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
    if (utc !== 23 * 60 + 59) return false;
  }
  return true;
}

export const FORMATS: { [name: string]: (value: string) => boolean } = {
  'date-time': dateTime,
  email: (str) => EMAIL.test(str),
  uri: (str) => URI.test(str),
};

/** Length of a string in Unicode code points: a surrogate pair counts as one. */
export function codePointLength(str: string): number {
  let length = 0;
  let i = 0;
  while (i < str.length) {
    const c = str.charCodeAt(i);
    i++;
    length++;
    if (c >= 0xd800 && c <= 0xdbff && i < str.length) {
      const next = str.charCodeAt(i);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
}
