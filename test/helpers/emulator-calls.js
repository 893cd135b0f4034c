'use strict';
// Calls of any action against the emulator's default seed: params that succeed (the
// demo ids, the documented examples, bodies synthesized from their schemas, and the few
// values no naming rule can tell), raw HTTP requests built from the action table (for
// what the client cannot send yet: uploads, streams; and to read the status), and the
// check that an answer is valid against the documented response schema, with the
// project's own validator (dist/internal.js) and an independent Ajv (emulator-schemas.js).
const fs = require('fs');
const http = require('http');
const path = require('path');
const qs = require('qs');
const { expect } = require('chai');
const { allActions, schemas, synthesize, checkSchema, toRequest } = require('../../dist/internal.js');
const { expectConforms } = require('./emulator-schemas');

const TABLE_DIR = path.join(__dirname, '..', '..', 'lib', 'actions', 'table');
const tables = fs.readdirSync(TABLE_DIR).filter((f) => f.endsWith('.json')).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(TABLE_DIR, f), 'utf8')));
const examples = {};
for (const t of tables) for (const a of Object.keys(t.actions)) for (const p of t.actions[a].params) examples[`${t.name}.${a}.${p.name}`] = p.example;

/** Every action as [resource, action, spec], in the table's order. */
const ACTIONS = [];
for (const resource of Object.keys(allActions)) for (const action of Object.keys(allActions[resource])) ACTIONS.push([resource, action, allActions[resource][action]]);

/** The seed's user who is a member and not an admin (demo.userId), with the credentials the default seed gives it. */
const MEMBER = { email: 'example@example.com', password: 'this would be your password' };

/** Values no naming rule can tell, as a user would choose them for the default seed. */
const CHOSEN = {
  'auth.authenticateUser': (demo) => ({ credentials: { email: demo.email, password: demo.password } }),
  'auth.authenticateDevice': (demo) => ({ credentials: { deviceId: demo.deviceId, key: demo.key, secret: demo.secret } }),
  'deviceAttributes.post': () => ({ deviceAttribute: { name: 'lightLevel', dataType: 'number' } }),
  'dataTable.removeColumn': () => ({ columnName: 'zone' }),
  'instanceMembers.post': () => ({ member: { email: 'new.person@example.com', role: 'view' } }),
  'instanceOrgMembers.post': () => ({ member: { email: 'new.person@example.com', role: 'view' } }),
  'me.changePassword': (demo) => ({ data: { password: demo.password, newPassword: 'Correct-Horse-9-Battery' } }),
  'me.delete': () => ({ credentials: MEMBER }),
  // The caller's own invitations: one addressed to the demo user (demo.inviteId is one her organization sent).
  'me.invite': (demo) => ({ inviteId: demo.myInviteId }),
  'me.respondToInvite': (demo) => ({ inviteId: demo.myInviteId, response: { action: 'accept' } }),
  'me.enableTwoFactorAuth': (demo) => ({ data: { password: demo.password, twoFactorCode: '123456' } }),
  'me.disableTwoFactorAuth': (demo) => ({ data: { password: demo.password, twoFactorCode: '123456' } }),
  'me.transferResources': (demo) => ({ transfer: { destinationId: demo.orgId, destinationType: 'organization' } }),
  'org.transferResources': (demo) => ({ transfer: { destinationId: demo.userId, destinationType: 'user', applicationIds: [demo.applicationId] } }),
  'org.inviteMember': () => ({ invite: { email: 'new.member@example.com', role: 'view' } }),
  'org.modifyMember': (demo) => ({ member: { userId: demo.userId, role: 'view' } }),
  'org.removeMember': (demo) => ({ userId: demo.userId }),
};

/** The token each action is called with: the demo token, except where the caller must be another user. */
function tokenFor(name, demo) {
  return name === 'me.delete' ? demo.memberToken : demo.token;
}

/** Params that succeed against a fresh default seed: required params and ids, plus the chosen values. */
function paramsFor(resource, action, demo) {
  const spec = allActions[resource][action];
  const ids = {};
  for (const k of Object.keys(demo)) if (/Id$/.test(k) && demo[k]) ids[k] = demo[k];
  const chosen = CHOSEN[`${resource}.${action}`] ? CHOSEN[`${resource}.${action}`](demo) : {};
  const params = {};
  for (const p of spec.params) {
    if (chosen[p.name] !== undefined) params[p.name] = chosen[p.name];
    else if (p.type === 'file') params[p.name] = Buffer.from(`an upload for ${resource}.${action}\n`);
    else if (p.in === 'path' || (p.required && !p.schema)) params[p.name] = ids[p.name] || examples[`${resource}.${action}.${p.name}`];
    else if (p.required) params[p.name] = synthesize(p.schema, { values: Object.assign({ email: 'new.person@example.com' }, ids) });
  }
  return params;
}

/** A multipart/form-data body of the params' form fields, as a client would send it. */
function multipart(spec, params) {
  const boundary = `----EmulatorTest${Date.now().toString(16)}`;
  const chunks = [];
  for (const p of spec.params) {
    if (p.in !== 'formData' || params[p.name] === undefined) continue;
    const file = p.type === 'file';
    const value = p.encode === 'json' ? JSON.stringify(params[p.name]) : params[p.name];
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${file ? `; filename="${p.name}.bin"` : ''}\r\n${file ? 'Content-Type: application/octet-stream\r\n' : ''}\r\n`));
    chunks.push(Buffer.isBuffer(value) ? value : Buffer.from(String(value)));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * The action's request over raw HTTP, as the table says it goes on the wire; resolves
 * { status, headers, json } (a stream: its head only, then the connection is closed).
 */
function rawCall(url, resource, action, params, token) {
  const spec = allActions[resource][action];
  const req = toRequest(spec, params);
  const query = qs.stringify(req.query);
  const headers = Object.assign({}, req.headers);
  if (token) headers.authorization = `Bearer ${token}`;
  let body;
  if (spec.transport === 'multipart') {
    const form = multipart(spec, params);
    body = form.body;
    headers['content-type'] = form.contentType;
  } else if (req.body !== undefined) {
    body = Buffer.from(JSON.stringify(req.body));
    headers['content-type'] = 'application/json';
  }
  if (body) headers['content-length'] = body.length;
  return new Promise((resolve, reject) => {
    const r = http.request(`${url}${req.path}${query ? `?${query}` : ''}`, { method: req.method, headers, agent: false }, (res) => {
      if (spec.transport === 'eventStream' && res.statusCode === 200) {
        resolve({ status: res.statusCode, headers: res.headers });
        res.destroy();
        return;
      }
      const parts = [];
      res.on('data', (c) => parts.push(c));
      res.on('end', () => {
        const text = Buffer.concat(parts).toString('utf8');
        let json;
        try { json = text ? JSON.parse(text) : undefined; } catch (err) { json = text; }
        resolve({ status: res.statusCode, headers: res.headers, json });
      });
    });
    r.on('error', reject);
    r.end(body);
  });
}

/** Asserts that `body` is valid against one of the action's documented success schemas, with both validators. */
function expectDocumented(resource, action, body) {
  const spec = allActions[resource][action];
  const fits = spec.responses.filter((r) => (r.schema ? !checkSchema(schemas[r.schema], body) : body === undefined));
  expect(fits.length, `${resource}.${action} answered ${JSON.stringify(body).slice(0, 300)}`).to.be.above(0);
  if (fits[0].schema) expectConforms(fits[0].schema, body);
}

function call(method, params, style, options) {
  if (style === 'promise') return options ? method(params, options) : method(params);
  return new Promise((resolve, reject) => {
    const cb = (err, result) => (err ? reject(err) : resolve(result));
    const returned = options ? method(params, options, cb) : method(params, cb);
    if (returned !== undefined) reject(new Error('a callback call returned something'));
  });
}

module.exports = { ACTIONS, tables, CHOSEN, MEMBER, paramsFor, tokenFor, rawCall, expectDocumented, call, multipart };
