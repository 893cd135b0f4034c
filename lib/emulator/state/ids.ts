/**
 * New 24-hex-digit ids shaped like the platform's (MongoDB ObjectIds):
 * seconds, then random bytes fixed per process, then a counter, so ids made
 * by one process never collide and sort by creation.
 */
import { randomBytes } from 'crypto';

const PROCESS_PART = randomBytes(5).toString('hex');
let counter = randomBytes(3).readUIntBE(0, 3);

export function newId(nowMs: number): string {
  counter = (counter + 1) % 0x1000000;
  const seconds = Math.floor(nowMs / 1000) % 0x100000000;
  return pad(seconds.toString(16), 8) + PROCESS_PART + pad(counter.toString(16), 6);
}

function pad(hex: string, width: number): string {
  while (hex.length < width) hex = `0${hex}`;
  return hex;
}
