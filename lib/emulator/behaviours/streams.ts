/**
 * The three streams and what feeds them: `device.stateStream` gets each
 * state `device.sendState` stores (`deviceState` events), `device.commandStream`
 * each command `device.sendCommand` (or `devices.sendCommand`) sends
 * (`deviceCommand` events), and `application.mqttSubscriptionStream` each
 * message `application.mqttPublishMessage` publishes whose topic its `topic`
 * filter matches (`mqttMessage` events; MQTT wildcards `+` and `#`). A message
 * on `losant/<deviceId>/state` or `losant/<deviceId>/command` of one of the
 * application's devices is also that device's state or command, as on the
 * platform's broker.
 */
import { invalid } from '../server/api-error';
import { parseJson } from '../server/json-depth';
import { STREAMING } from '../access/context';
import type { Behaviour, Context } from '../access/context';
import { model } from '../state/model';
import type { Pair } from '../state/model';
import { findItem, key } from '../state/store';
import type { Json } from '../state/store';
import { schemas } from '../../generated/schemas/index';
import { checkSchema } from '../../validation/check';
import { recordCommand, recordStates } from './device-state';

/** Seconds between keep-alive comments when the request does not say. */
export const DEFAULT_KEEP_ALIVE = 2;

function keepAliveMs(ctx: Context): number {
  const raw = ctx.params.keepAliveInterval;
  if (raw === undefined || raw === '') return DEFAULT_KEEP_ALIVE * 1000;
  const seconds = Number(raw);
  if (!(seconds >= 0.01 && seconds <= 3600)) throw invalid('keepAliveInterval must be a number of seconds from 0.01 to 3600');
  return Math.round(seconds * 1000);
}

/** An MQTT topic filter: `+` is one level, a final `#` is any number of levels (none included). */
export function topicMatcher(filter: string): (topic: string) => boolean {
  const levels = filter.split('/');
  return (topic) => {
    const parts = topic.split('/');
    for (let i = 0; i < levels.length; i++) {
      if (levels[i] === '#' && i === levels.length - 1) return true;
      if (i >= parts.length || (levels[i] !== '+' && levels[i] !== parts[i])) return false;
    }
    return parts.length === levels.length;
  };
}

function stream(channel: (ctx: Context) => string, accept?: (ctx: Context) => (data: unknown) => boolean): Behaviour {
  return (ctx) => {
    ctx.streams.open(ctx.req, ctx.res, channel(ctx), keepAliveMs(ctx), accept && accept(ctx));
    return STREAMING;
  };
}

/** `losant/<deviceId>/state` and `/command` of a device of this application act on that device. */
function deviceTopic(ctx: Context, topic: string, message: string): void {
  const m = /^losant\/([A-Fa-f\d]{24})\/(state|command)$/.exec(topic);
  if (!m) return;
  const applicationId = String(ctx.params.applicationId);
  if (!findItem(ctx.state.store, model().pairs.get('devices') as Pair, { applicationId }, m[1])) return;
  let body: unknown;
  try {
    body = parseJson(message, 'message', 'message is not JSON');
  } catch (err) {
    // Not JSON, or nested too deeply to be a state or a command: a plain message.
    return;
  }
  // A message that is not a valid state or command stays a plain message, as the broker would drop it.
  if (m[2] === 'state' && !checkSchema(schemas.deviceStateOrStates, body)) recordStates(ctx, applicationId, m[1], body);
  if (m[2] === 'command' && !checkSchema(schemas.deviceCommand, body)) recordCommand(ctx, m[1], body as Json);
}

export const streamBehaviours: { [name: string]: Behaviour } = {
  'device.stateStream': stream((ctx) => `state:${key(ctx.params.deviceId)}`),
  'device.commandStream': stream((ctx) => `command:${key(ctx.params.deviceId)}`),
  'application.mqttSubscriptionStream': stream((ctx) => `mqtt:${key(ctx.params.applicationId)}`, (ctx) => {
    // `topic` is required and never blank (validated): every subscription has a filter.
    const filter = topicMatcher(String(ctx.params.topic));
    return (data) => filter(String((data as Json).topic));
  }),
  'application.mqttPublishMessage': (ctx) => {
    const payload = ctx.params.payload as { topic: string; message: string };
    ctx.streams.publish(`mqtt:${key(ctx.params.applicationId)}`, 'mqttMessage', { topic: payload.topic, message: payload.message });
    deviceTopic(ctx, payload.topic, payload.message);
    return { success: true };
  },
};
