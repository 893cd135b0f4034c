// Format checkers and the string-length helper used by the generated validators.
//
// Each factory below is self-contained (it refers to nothing outside its own
// body), because scripts/build-validators.mjs registers the very same
// functions with Ajv at build time AND copies their source text into
// lib/generated/validators.ts, so that the generated file needs nothing from
// node_modules at run time. Keep them ES2018: no `?.`, `??`, regex lookbehind,
// named groups or the `s` flag.

/**
 * Returns { "date-time", email, uri }, each a function (string) => boolean.
 */
export function createFormats() {
  // RFC 3339 date-time; the time zone (Z or +hh:mm / -hh:mm) is required.
  // RFC 3339 section 5.6 allows "t" and (by note) a space instead of "T".
  var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|([+-])(\d{2}):(\d{2}))$/;
  var DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  // Dot-atom local part @ dotted host name (at least two labels, each 1-63
  // letters, digits or hyphens, not starting or ending with a hyphen).
  var EMAIL = /^[A-Za-z0-9!#$%&'*+\/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+\/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
  // Absolute URI (RFC 3986): scheme ":" then only characters a URI may
  // contain (unreserved, reserved, percent-escapes), at most one "#".
  var URI = /^[A-Za-z][A-Za-z\d+.-]*:(?:[A-Za-z\d\-._~!$&'()*+,;=:@\/?[\]]|%[\dA-Fa-f]{2})*(?:#(?:[A-Za-z\d\-._~!$&'()*+,;=:@\/?]|%[\dA-Fa-f]{2})*)?$/;

  function dateTime(str) {
    var m = DATE_TIME.exec(str);
    if (!m) return false;
    var year = +m[1];
    var month = +m[2];
    var day = +m[3];
    var hour = +m[4];
    var minute = +m[5];
    var second = +m[6];
    var leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    if (month < 1 || month > 12 || day < 1) return false;
    if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month])) return false;
    if (hour > 23 || minute > 59 || second > 60) return false;
    var offset = 0;
    if (m[7]) {
      if (+m[8] > 23 || +m[9] > 59) return false;
      offset = (m[7] === '-' ? -1 : 1) * (+m[8] * 60 + +m[9]);
    }
    if (second === 60) {
      // A leap second can only be 23:59:60 UTC.
      var utc = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
      if (utc !== 23 * 60 + 59) return false;
    }
    return true;
  }

  function email(str) {
    return EMAIL.test(str);
  }

  function uri(str) {
    return URI.test(str);
  }

  return { 'date-time': dateTime, email: email, uri: uri };
}

/**
 * Length of a string in Unicode code points (what JSON Schema's minLength and
 * maxLength count): a surrogate pair counts as one.
 */
export function ucs2length(str) {
  var length = 0;
  var i = 0;
  while (i < str.length) {
    var c = str.charCodeAt(i);
    i++;
    length++;
    if (c >= 0xd800 && c <= 0xdbff && i < str.length) {
      var next = str.charCodeAt(i);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return length;
}
