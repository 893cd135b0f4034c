/**
 * A credential's secrets (an AWS secret key, an HTTP secret value, a SQL
 * password, …): the fields a create or patch body's `…Config` carries that the
 * credential's own schema does not show. They are kept apart, in the hidden
 * `secrets` field (hidden.ts), so that no answer (the create's included), no
 * list, filter, sort or query ever holds them, as on the platform, which
 * never shows a credential's secret again. A patch that gives a config anew
 * keeps the secrets it does not name.
 */
import { schemas } from '../../generated/schemas/index';
import type { Pair } from './model';
import { isObject, setField } from './store';
import type { Json } from './store';

type Node = { properties?: { [name: string]: Node } };

/** The fields of a config the credential schema shows (none known: every field is kept secret). */
function shownFields(pair: Pair, config: string): string[] {
  const props = (schemas[pair.itemSchema].root as Node).properties || {};
  return Object.keys((props[config] && props[config].properties) || {});
}

/** The body with its configs' secret fields moved to `secrets`, merged over the item's `previous` ones. */
export function keepSecrets(pair: Pair, previous: Json | undefined, body: Json): Json {
  if (pair.store !== 'credentials') return body;
  const out: Json = {};
  const secrets: Json = { ...(previous && isObject(previous.secrets) ? previous.secrets : {}) };
  for (const field of Object.keys(body)) {
    const value = body[field];
    if (field === 'secrets') continue;
    if (!/Config$/.test(field) || !isObject(value)) {
      setField(out, field, value);
      continue;
    }
    const shown = shownFields(pair, field);
    const config: Json = {};
    const hidden: Json = {};
    for (const name of Object.keys(value)) setField(shown.indexOf(name) !== -1 ? config : hidden, name, value[name]);
    setField(out, field, config);
    if (Object.keys(hidden).length) secrets[field] = { ...(isObject(secrets[field]) ? secrets[field] : {}), ...hidden };
  }
  if (Object.keys(secrets).length) out.secrets = secrets;
  return out;
}
