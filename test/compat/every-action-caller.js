/*
 * The calling side of the "every action" check (scripts/compat/every-action.cjs
 * drives it over IPC): runs on the Node release under test, `require`s the
 * packed package by name, and makes each call it is asked for, in the style it
 * is asked for, replying with the result or the error's fields. The driver,
 * on the current Node, chooses the params, resets the emulator between calls
 * and judges the answers. Plain ES2017 and `assert`-free: it must run on Node 8.
 *
 * Message in:  { id, url, token, resource, action, style: 'callback'|'promise', params }
 *              (a Buffer param travels as { $base64: '…' })
 * Message out: { id, ok: true, result } | { id, ok: true, stream: { readyState, url } }
 *              | { id, ok: false, error: { message, statusCode, type, code, field } } | { id, ok: false, broken: '…' }
 */
'use strict';
const path = require('path');

const lib = require('losant-org-client');
const resolved = require.resolve('losant-org-client').split(path.sep).join('/');
const clients = {};

function clientFor(url, token) {
  const key = `${url} ${token}`;
  if (!clients[key]) clients[key] = lib.createClient({ url, accessToken: token, retries: 0 });
  return clients[key];
}

function decode(value) {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    if (typeof value.$base64 === 'string' && Object.keys(value).length === 1) return Buffer.from(value.$base64, 'base64');
    const out = {};
    Object.keys(value).forEach((key) => { out[key] = decode(value[key]); });
    return out;
  }
  return value;
}

/** One call in one style; callback style must return undefined and call back exactly once. */
function call(method, params, style) {
  if (style === 'promise') {
    const returned = method(params);
    if (!returned || typeof returned.then !== 'function') return Promise.reject(new Error('the promise style returned no promise'));
    return returned;
  }
  return new Promise((resolve, reject) => {
    let calls = 0;
    const returned = method(params, (err, result) => {
      calls += 1;
      if (calls > 1) {
        process.send({ id: -1, ok: false, broken: 'a callback was called twice' });
        return;
      }
      if (err) reject(err);
      else resolve(result);
    });
    if (returned !== undefined) reject(new Error('the callback style returned a value'));
  });
}

function errorFields(err) {
  if (!err || !lib.isLosantError(err)) return { message: String(err && err.stack ? err.stack : err), notLosantError: true };
  return { message: err.message, statusCode: err.statusCode, type: err.type, code: err.code, field: err.field };
}

process.on('message', (msg) => {
  const reply = (body) => process.send(Object.assign({ id: msg.id }, body));
  let method;
  try {
    method = clientFor(msg.url, msg.token)[msg.resource][msg.action];
  } catch (err) {
    reply({ ok: false, broken: String(err && err.stack) });
    return;
  }
  if (typeof method !== 'function') {
    reply({ ok: false, broken: `${msg.resource}.${msg.action} is not a function` });
    return;
  }
  call(method, decode(msg.params), msg.style).then((result) => {
    if (result && typeof result.close === 'function' && typeof result.addEventListener === 'function') {
      // An event stream: open (it resolves once open); close it so the driver can go on.
      const stream = { readyState: result.readyState, url: result.url };
      result.close();
      reply({ ok: true, stream });
    } else {
      reply({ ok: true, result });
    }
  }, (err) => reply({ ok: false, error: errorFields(err) }));
});

process.send({ id: 0, ready: true, node: process.version, resolved });
