/**
 * NO_PROXY as curl reads it: a list of entries separated by commas (or white
 * space), case-insensitive, each one of
 *  - `*`: every host;
 *  - a host name, `example.com`: that host and its subdomains (`api.example.com`);
 *    a leading `.` (or `*.`) changes nothing, so `.example.com` matches both too;
 *  - an IP literal, `10.1.2.3`, `::1`, `[::1]`: that address (compared as numbers,
 *    so `::1` and `0:0::1` are the same), or a CIDR range, `10.0.0.0/8`, `fe80::/10`;
 *  - any of the above followed by `:port` (IPv6 in brackets): only on that port.
 * Names are not resolved: `localhost` does not match `127.0.0.1`.
 */
import { isIP } from 'net';

interface Entry {
  /** Lowercase host name without leading or trailing dots, or undefined for an IP entry. */
  name?: string;
  /** IP entry: the address's bytes (4 or 16) and how many leading bits must match. */
  bytes?: number[];
  bits?: number;
  port?: number;
  all?: boolean;
}

export interface TargetHost {
  /** As in a URL: lowercase, IPv6 possibly in brackets. */
  hostname: string;
  port: number;
}

let cachedList: string | undefined;
let cachedEntries: Entry[] = [];

/** True when `noProxy` says the target is reached directly. */
export function bypassesProxy(target: TargetHost, noProxy: string): boolean {
  if (noProxy !== cachedList) {
    cachedEntries = parseNoProxy(noProxy);
    cachedList = noProxy;
  }
  const host = bare(target.hostname);
  const bytes = isIP(host) ? ipBytes(host) : undefined;
  for (const entry of cachedEntries) {
    if (entry.all) return true;
    if (entry.port !== undefined && entry.port !== target.port) continue;
    if (entry.name !== undefined) {
      if (!bytes && (host === entry.name || host.endsWith(`.${entry.name}`))) return true;
    } else if (bytes && entry.bytes && sameNetwork(bytes, entry.bytes, entry.bits as number)) {
      return true;
    }
  }
  return false;
}

function parseNoProxy(list: string): Entry[] {
  const entries: Entry[] = [];
  for (const raw of list.split(/[\s,]+/)) {
    const entry = parseEntry(raw.toLowerCase());
    if (entry) entries.push(entry);
  }
  return entries;
}

function parseEntry(text: string): Entry | undefined {
  if (!text) return undefined;
  if (text === '*') return { all: true };
  let host = text;
  let port: number | undefined;
  const bracketed = /^\[([^\]]+)\](?::(\d+))?(\/\d+)?$/.exec(text);
  if (bracketed) {
    host = bracketed[1] + (bracketed[3] || '');
    if (bracketed[2]) port = Number(bracketed[2]);
  } else if (text.indexOf(':') === text.lastIndexOf(':')) {
    // At most one colon: not a bare IPv6 address, so a colon starts a port.
    const withPort = /^(.*):(\d+)$/.exec(text);
    if (withPort) {
      host = withPort[1];
      port = Number(withPort[2]);
    }
  }
  const slash = host.indexOf('/');
  const address = slash === -1 ? host : host.slice(0, slash);
  if (isIP(address)) {
    const bytes = ipBytes(address) as number[];
    const bits = slash === -1 ? bytes.length * 8 : Number(host.slice(slash + 1));
    if (!(bits >= 0 && bits <= bytes.length * 8)) return undefined;
    return { bytes, bits, port };
  }
  const name = host.replace(/^\*?\.+/, '').replace(/\.+$/, '');
  return name ? { name, port } : undefined;
}

function bare(hostname: string): string {
  const host = hostname.charAt(0) === '[' ? hostname.slice(1, -1) : hostname;
  return host.replace(/\.+$/, '').toLowerCase();
}

function sameNetwork(a: number[], b: number[], bits: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i * 8 < bits; i++) {
    const take = Math.min(8, bits - i * 8);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((a[i] & mask) !== (b[i] & mask)) return false;
  }
  return true;
}

/** The bytes of an address that `net.isIP` accepted (IPv6 zone ids are ignored). */
export function ipBytes(address: string): number[] | undefined {
  if (isIP(address) === 4) return address.split('.').map(Number);
  let text = address.split('%')[0];
  // An embedded IPv4 tail (::ffff:10.0.0.1) becomes two hex groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const n = v4.slice(1).map(Number);
    text = `${text.slice(0, v4.index)}${((n[0] << 8) | n[1]).toString(16)}:${((n[2] << 8) | n[3]).toString(16)}`;
  }
  const halves = text.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const zeros: string[] = [];
  for (let i = head.length + tail.length; i < 8; i++) zeros.push('0');
  const groups = head.concat(zeros, tail);
  if (groups.length !== 8) return undefined;
  const bytes: number[] = [];
  for (const group of groups) {
    const value = parseInt(group, 16);
    bytes.push(value >> 8, value & 0xff);
  }
  return bytes;
}
