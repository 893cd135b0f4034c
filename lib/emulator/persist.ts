/**
 * `--data file.json`: state is loaded from the file when it exists and
 * written back after every change. Each write goes to a temporary file in the
 * same directory, is flushed to disk, then renamed over the target: a rename
 * is atomic, so a crash leaves either the old file or the new one, never half
 * of one. Writes are synchronous, so they happen in the order of the changes.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'fs';
import { readJsonFile } from './seed';
import type { Seed } from './types';

let sequence = 0;

/** The stored seed, or undefined when the file does not exist yet. Throws on unreadable or invalid JSON. */
export function loadData(path: string): unknown {
  return existsSync(path) ? readJsonFile(path, 'data') : undefined;
}

export function saveData(path: string, seed: Seed): void {
  sequence += 1;
  const temp = `${path}.${process.pid}.${sequence}.tmp`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(seed, null, 2)}\n`);
    fsyncSync(fd);
  } catch (err) {
    closeSync(fd);
    unlinkQuietly(temp);
    throw err;
  }
  closeSync(fd);
  try {
    renameSync(temp, path);
  } catch (err) {
    unlinkQuietly(temp);
    throw err;
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    // Already gone: nothing to clean up.
  }
}
