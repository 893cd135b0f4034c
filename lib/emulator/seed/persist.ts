/**
 * `--data file.json`: state is loaded from the file when it exists and
 * written back after every change. Writes are synchronous, so they happen in
 * the order of the changes, and each one is atomic: the state goes to a new
 * temporary file next to the target, is flushed to disk, then renamed over
 * the target, so a crash leaves either the old file or the new one.
 *
 * The file may sit in a folder other people can write to, and it holds the
 * tokens, so the temporary file is created exclusively (an existing file or
 * a planted symlink makes the open fail instead of being written through),
 * under a random name (nobody can plant one in advance), readable by the
 * owner only (0600). A data file that is a symlink stays one: the link is
 * resolved at each save and its target is replaced, not the link. A save
 * interrupted before its rename leaves its temporary file: such leftovers are
 * removed at the next start.
 */
import { randomBytes } from 'crypto';
import {
  closeSync, existsSync, fsyncSync, lstatSync, openSync, readdirSync, readlinkSync, renameSync, unlinkSync, writeSync,
} from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { readJsonFile } from './seed';

/** As many links as Linux follows (MAXSYMLINKS) before it gives up with ELOOP. */
const MAX_LINKS = 40;
/** Name clashes with 128 random bits only happen when someone plants files: a few tries, then give up. */
const MAX_TRIES = 5;

/**
 * `{ found: false }` when the file does not exist yet; throws on an unreadable file or invalid JSON.
 * First removes the temporary files a save interrupted before its rename left next to the
 * target (a crash, a kill -9): each holds a whole state, tokens included.
 */
export function loadData(path: string): { found: boolean; value?: unknown } {
  removeLeftovers(resolveLinks(path));
  return existsSync(path) ? { found: true, value: readJsonFile(path, 'data') } : { found: false };
}

/** Our temporary files of `target`: regular files named exactly as createTemp names them. Others are left alone. */
function removeLeftovers(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch (err) {
    return;
  }
  for (const name of names) {
    if (name.indexOf(prefix) !== 0 || !/^[0-9a-f]{32}\.tmp$/.test(name.slice(prefix.length))) continue;
    const leftover = join(dirname(target), name);
    try {
      if (lstatSync(leftover).isFile()) unlinkSync(leftover);
    } catch (err) {
      // Gone already, or not ours to remove (another user's, in a shared folder).
    }
  }
}

export function saveData(path: string, value: unknown): void {
  const target = resolveLinks(path);
  const bytes = Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
  const { temp, fd } = createTemp(target);
  try {
    writeAll(fd, bytes);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkQuietly(temp);
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(temp, target);
  } catch (err) {
    unlinkQuietly(temp);
    throw err;
  }
  syncFolder(dirname(target));
}

/** The file a path finally names, following symlinks in its last component (a dangling link names its target). */
export function resolveLinks(path: string): string {
  let current = resolve(path);
  for (let hops = 0; hops <= MAX_LINKS; hops++) {
    let isLink: boolean;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw err;
    }
    if (!isLink) return current;
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw new Error(`Cannot save data file ${path}: more than ${MAX_LINKS} symbolic links`);
}

/** A new, empty, owner-only file next to `target` (same folder, so the rename stays atomic). */
function createTemp(target: string): { temp: string; fd: number } {
  for (let attempt = 1; ; attempt++) {
    const temp = join(dirname(target), `.${basename(target)}.${randomBytes(16).toString('hex')}.tmp`);
    try {
      return { temp, fd: openSync(temp, 'wx', 0o600) };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || attempt >= MAX_TRIES) throw err;
    }
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Makes the rename itself durable. Best effort: some systems (Windows) cannot open or sync a folder. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch (err) {
    // The data is already flushed; only the rename's durability is left to the system.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    // Already gone: nothing to clean up.
  }
}
