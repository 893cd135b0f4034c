/**
 * The stream actions (device.stateStream, device.commandStream,
 * application.mqttSubscriptionStream): Server-Sent Events over the client's own
 * HTTP layer, so a stream gets the same headers, token, transport, proxy rules
 * and redirect handling as any call (credentials never follow a redirect to
 * another origin), and resolves with an EventSource once it is open.
 */
import type { NormalizedOptions } from '../../options';
import { LosantEventSource, openEventSource } from './event-source';
import { setHeader } from '../headers';
import { prepare, Prepared, RequestSpec, summarize } from '../prepare';
import { follow } from '../redirect';
import { fetchFor } from '../transport/transport';

export function openStream(options: NormalizedOptions, spec: RequestSpec): Promise<LosantEventSource> {
  let prepared: Prepared;
  try {
    prepared = prepare(options, spec);
  } catch (err) {
    return Promise.reject(err);
  }
  const fetch = fetchFor(options);
  const base = prepared;
  // The stream's own headers (Accept: text/event-stream, Last-Event-ID) replace ours of the same name.
  const connect = (headers: Record<string, string>, signal: unknown) => {
    const merged = { ...base.headers };
    for (const name of Object.keys(headers)) setHeader(merged, name, headers[name]);
    return follow(fetch, { ...base, headers: merged }, signal);
  };
  const timeout = options.timeout === Infinity ? 0 : options.timeout;
  // maxResponseBytes bounds each event (a stream has no end to measure).
  return openEventSource(prepared.url, connect, {
    timeout, signal: options.signal || undefined, request: summarize(prepared), maxEventBytes: options.maxResponseBytes,
  });
}
