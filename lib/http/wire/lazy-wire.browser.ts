/**
 * The browser twin of lazy-wire.ts: a browser's transport is its own fetch, with no heavy
 * module to put off, and a chunk of its own would only add a download before the first
 * request (and bytes: an Org-only app is 1 KB larger gzipped split than whole). So the
 * wire comes with the client, and every call goes straight to it.
 */
import type { NormalizedOptions } from '../../options';
import type { RequestSpec } from '../prepare';
import { openStream, send } from './wire';

export function preloadWire(): void {}

export function sendLater(options: NormalizedOptions, spec: RequestSpec, stream = false): Promise<unknown> {
  return stream ? openStream(options, spec) : send(options, spec);
}
