'use strict';
// Issue #15, request bodies: the size limit holds for every method and is
// enforced as soon as it is known to be passed (a declared Content-Length, or
// the bytes counted so far), without a 100 Continue, and the connection then
// closes; bodies must be UTF-8, and error messages never echo them.
const { expect } = require('chai');
const { startEmulator } = require('../../../dist/emulator.js');
const { rawRequest, rawExchange, parseAnswers, requestHead, requestWithBody } = require('../../helpers/emulator-http');
const { ORG, SCRATCH, USER, TOKENS } = require('../../helpers/emulator-fixtures');

const LIMIT = 4096;
const AUTH = { Authorization: `Bearer ${TOKENS.admin}` };
/** Long enough that a server waiting for a body that never comes is caught, short enough for the suite. */
const WAIT = 1500;

describe('emulator hardening: request bodies (#15)', () => {
  let emu;
  before(async () => {
    emu = await startEmulator({ maxBodyBytes: LIMIT });
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  const req = (options) => rawRequest(emu.url, Object.assign({ token: TOKENS.admin }, options));
  const orgName = () => emu.snapshot().orgs[0].name;

  describe('#6 the body limit', () => {
    it('maxBodyBytes must be a positive integer', async () => {
      for (const value of ['abc', '4096', NaN, Infinity, 0, -1, 1.5, null, true]) {
        const outcome = await startEmulator({ maxBodyBytes: value }).then((e) => e.close().then(() => null), (e) => e);
        expect(outcome, String(value)).to.be.an('error');
        expect(outcome.message).to.equal('maxBodyBytes must be a positive integer (a number of bytes)');
      }
    });

    it('a declared Content-Length over the limit gets 413 at once, before the body, and the connection closes', async () => {
      const data = requestHead('POST', `/orgs/${ORG}/invites`, Object.assign({ 'Content-Type': 'application/json', 'Content-Length': LIMIT + 1 }, AUTH)) + '{"email":';
      const { text, closed } = await rawExchange(emu.url, data, WAIT);
      expect(closed, 'closed by the server').to.equal(true);
      const answers = parseAnswers(text);
      expect(answers.map((a) => a.status)).to.deep.equal([413]);
      expect(answers[0].headers.connection).to.equal('close');
      expect(JSON.parse(answers[0].body)).to.deep.equal({ type: 'PayloadTooLarge', message: 'Request entity too large.' });
    });

    it('Expect: 100-continue with a length over the limit gets 413 and no 100 Continue', async () => {
      const data = requestHead('POST', `/orgs/${ORG}/invites`, Object.assign({ 'Content-Type': 'application/json', 'Content-Length': 1e12, Expect: '100-continue' }, AUTH));
      const { text, closed } = await rawExchange(emu.url, data, WAIT);
      expect(closed).to.equal(true);
      expect(parseAnswers(text).map((a) => a.status)).to.deep.equal([413]);
    });

    it('Expect: 100-continue within the limit gets 100 Continue, then the answer', async () => {
      const body = JSON.stringify({ email: 'continued@example.com', role: 'view' });
      const data = requestWithBody('POST', `/orgs/${ORG}/invites`, body, Object.assign({ Expect: '100-continue' }, AUTH));
      const answers = parseAnswers((await rawExchange(emu.url, data, WAIT)).text);
      expect(answers.map((a) => a.status)).to.deep.equal([100, 200]);
      expect(JSON.parse(answers[1].body).map((i) => i.email)).to.include('continued@example.com');
    });

    it('a chunked body far over the limit gets 413, not a reset connection', async () => {
      const big = JSON.stringify({ email: 'a@example.com', role: 'view', pad: 'x'.repeat(LIMIT * 64) });
      const res = await req({ method: 'POST', path: `/orgs/${ORG}/invites`, body: big, chunked: true });
      expect(res.status).to.equal(413);
      expect(res.headers.connection).to.equal('close');
      expect(res.json.type).to.equal('PayloadTooLarge');
    });

    it('the limit holds for every method, whether or not the action reads a body', async () => {
      const big = 'x'.repeat(LIMIT + 1);
      const cases = [
        ['GET', `/orgs/${ORG}`], ['GET', `/orgs/${ORG}/deviceCounts`], ['DELETE', `/orgs/${SCRATCH}`],
        ['DELETE', `/orgs/${ORG}/member?userId=${USER}`], ['PATCH', `/orgs/${ORG}`],
      ];
      for (const [method, path] of cases) {
        for (const chunked of [false, true]) {
          const res = await req({ method, path, body: big, chunked });
          expect(res.status, `${method} ${path} chunked=${chunked}`).to.equal(413);
        }
      }
      expect(emu.snapshot().orgs.map((o) => o.id)).to.deep.equal(emu.orgIds);
      expect(emu.snapshot().orgs[0].members.map((m) => m.userId)).to.include(USER);
    });

    it('a body exactly at the limit is read', async () => {
      const body = JSON.stringify({ name: 'Exact', description: '' });
      const padded = body.replace('""', `"${'d'.repeat(LIMIT - body.length)}"`);
      expect(Buffer.byteLength(padded)).to.equal(LIMIT);
      const res = await req({ method: 'PATCH', path: `/orgs/${ORG}`, body: padded });
      expect(res.status, res.text).to.equal(200);
      expect(orgName()).to.equal('Exact');
    });
  });

  describe('#11 body encoding and error messages', () => {
    it('a malformed JSON body gets 400 without any of the body in the message', async () => {
      for (const body of ['{"name": SECRET-VALUE-123}', '{"name": "SECRET-VALUE-123"', 'SECRET-VALUE-123']) {
        const res = await req({ method: 'PATCH', path: `/orgs/${ORG}`, body });
        expect(res.status).to.equal(400);
        expect(res.json).to.deep.equal({ type: 'Validation', message: 'Request body is not valid JSON' });
      }
    });

    it('a body in a declared charset other than UTF-8 gets 415 and changes nothing', async () => {
      const latin1 = Buffer.from('{"name":"Caf\u00e9"}', 'latin1');
      for (const type of ['application/json; charset=ISO-8859-1', 'application/json;charset="latin1"', 'text/plain; charset=utf-16']) {
        const res = await req({ method: 'PATCH', path: `/orgs/${ORG}`, body: latin1, headers: { 'content-type': type } });
        expect(res.status, type).to.equal(415);
        expect(res.json.type).to.equal('UnsupportedMediaType');
        expect(res.json.message).to.not.include('Caf');
      }
      expect(orgName()).to.equal('Demo Org');
    });

    it('bytes that are not UTF-8 get 400 and change nothing', async () => {
      const bodies = [
        Buffer.from('{"name":"Caf\u00e9"}', 'latin1'), // a lone 0xE9
        Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]), // an encoded surrogate
        Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xc0, 0xaf]), Buffer.from('"}')]), // an overlong '/'
      ];
      for (const body of bodies) {
        const res = await req({ method: 'PATCH', path: `/orgs/${ORG}`, body });
        expect(res.status).to.equal(400);
        expect(res.json).to.deep.equal({ type: 'Validation', message: 'Request body is not valid UTF-8' });
      }
      expect(orgName()).to.equal('Demo Org');
    });

    it('UTF-8, declared or not, is stored as sent', async () => {
      for (const type of ['application/json', 'application/json; charset=utf-8', 'application/json; charset="UTF-8"']) {
        const name = `Caf\u00e9 \u{1F331} ${type.length}`;
        const res = await req({ method: 'PATCH', path: `/orgs/${ORG}`, body: Buffer.from(JSON.stringify({ name }), 'utf8'), headers: { 'content-type': type } });
        expect(res.status, type).to.equal(200);
        expect(orgName()).to.equal(name);
      }
    });
  });
});
