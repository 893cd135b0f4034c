'use strict';
// Issue #15, the HTTP shell: answers go out in request order even when a
// malformed request follows pending ones, and HEAD is answered wherever GET is.
const { expect } = require('chai');
const { startEmulator } = require('../../../dist/emulator.js');
const { rawRequest, rawExchange, parseAnswers, requestHead, requestWithBody } = require('../../helpers/emulator-http');
const { ORG, INVITE, TOKENS } = require('../../helpers/emulator-fixtures');

const AUTH = { Authorization: `Bearer ${TOKENS.admin}` };
/** Long enough that a server waiting for a body that never comes is caught, short enough for the suite. */
const WAIT = 1500;

describe('emulator hardening: the HTTP shell (#15)', () => {
  let emu;
  before(async () => {
    emu = await startEmulator();
  });
  after(() => emu.close());
  beforeEach(() => emu.reset());

  const req = (options) => rawRequest(emu.url, Object.assign({ token: TOKENS.admin }, options));
  const orgName = () => emu.snapshot().orgs[0].name;

  describe('#5 pipelining', () => {
    it('a malformed request behind a pending write waits for the write\'s answer, then gets its 400', async () => {
      const data = requestWithBody('PATCH', `/orgs/${ORG}`, JSON.stringify({ name: 'Piped' }), AUTH) + 'NOT HTTP AT ALL\r\n\r\n';
      const { text, closed } = await rawExchange(emu.url, data, WAIT);
      expect(closed).to.equal(true);
      const answers = parseAnswers(text);
      expect(answers.map((a) => a.status)).to.deep.equal([200, 400]);
      expect(JSON.parse(answers[0].body).name).to.equal('Piped');
      expect(JSON.parse(answers[1].body).type).to.equal('BadRequest');
      expect(answers[1].headers.connection).to.equal('close');
      expect(orgName()).to.equal('Piped');
    });

    it('several pending answers all go out first, in request order', async () => {
      const data = requestHead('GET', `/orgs/${ORG}/invites`, AUTH)
        + requestWithBody('PATCH', `/orgs/${ORG}`, JSON.stringify({ name: 'Second' }), AUTH)
        + requestHead('GET', `/orgs/${ORG}`, AUTH)
        + 'GET / HTTP/1.1\r\nNo colon in this header\r\n\r\n';
      const answers = parseAnswers((await rawExchange(emu.url, data, WAIT)).text);
      expect(answers.map((a) => a.status)).to.deep.equal([200, 200, 200, 400]);
      expect(JSON.parse(answers[0].body)[0].id).to.equal(INVITE);
      expect(JSON.parse(answers[1].body).name).to.equal('Second');
      expect(JSON.parse(answers[2].body).name).to.equal('Second');
    });
  });

  describe('#12 HEAD', () => {
    it('is answered wherever GET is: same status and headers, no body', async () => {
      const gets = [`/orgs/${ORG}`, `/orgs/${ORG}/invites`, `/orgs/${ORG}/deviceCounts`, `/orgs/${ORG}/notebookMinuteCounts`,
        `/orgs/${ORG}/payloadCounts`, `/orgs/${ORG}/payloadCountsBreakdown?resolution=3600000`];
      for (const path of gets.concat([`/orgs/${'0'.repeat(24)}`, '/nowhere'])) {
        for (const token of [TOKENS.admin, 'unknown', TOKENS.getOnly]) {
          const get = await req({ path, token });
          const res = await req({ method: 'HEAD', path, token });
          expect(res.status, `HEAD ${path}`).to.equal(get.status);
          expect(res.text).to.equal('');
          for (const name of ['content-type', 'content-length', 'cache-control', 'allow']) {
            expect(res.headers[name], `${name} of HEAD ${path}`).to.equal(get.headers[name]);
          }
        }
      }
    });

    it('is listed in Allow wherever GET is', async () => {
      const res = await req({ method: 'PUT', path: `/orgs/${ORG}` });
      expect(res.status).to.equal(405);
      expect(res.headers.allow.split(', ').sort()).to.deep.equal(['DELETE', 'GET', 'HEAD', 'PATCH']);
      const member = await req({ method: 'PUT', path: `/orgs/${ORG}/member` });
      expect(member.headers.allow.split(', ').sort()).to.deep.equal(['DELETE', 'PATCH']);
    });
  });
});
