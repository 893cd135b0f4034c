/*
 * Records the wire of test/legacy/cli.spec.js's program as losant-rest 2.8.1 sends it,
 * into fixtures.json: run once by hand (`npm run build`, `node scripts/compat.mjs
 * --install-only`, then `node test/legacy/cli/record.js`), never at test time. The program
 * runs with the repo's losant-rest 2.8.1 (a dev dependency) against the emulator on
 * 127.0.0.1, under nock 14's recorder; the scope is then written as https://api.losant.com,
 * the url the suite mocks. The emulator's answers are the replies.
 */
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..', '..', '..');
const nock = require(path.join(ROOT, '.cache', 'tools', 'nock-14', 'node_modules', 'nock'));
const { startEmulator } = require(path.join(ROOT, 'dist', 'emulator.js'));
const Program = require('./program');
const S = require('./scenario');

async function main() {
  if (require('losant-rest/package.json').version !== '2.8.1') throw new Error('record with losant-rest 2.8.1');
  const emu = await startEmulator({ port: 0, now: () => S.NOW });
  nock.recorder.rec({ output_objects: true, dont_print: true, enable_reqheaders_recording: true });
  const program = new Program(emu.url);
  const steps = {};
  steps.wrongPassword = await new Promise((resolve) => program.login(S.EMAIL, 'not-the-password', (err) => resolve(err && { statusCode: err.statusCode, type: err.type })));
  steps.login = await new Promise((resolve, reject) => program.login(S.EMAIL, S.PASSWORD, (err, config) => (err ? reject(err) : resolve(config))));
  steps.setToken = await program.setToken(steps.login.apiToken);
  steps.bootstrap = await program.bootstrap(S.APP);
  steps.upload = await new Promise((resolve, reject) => program.upload(S.APP, S.FILE, Buffer.from(S.CONTENTS), (err, r) => (err ? reject(err) : resolve(r))));
  steps.status = await program.status(S.APP);
  steps.removeExperience = await new Promise((resolve, reject) => program.removeExperience(S.APP, (err, r) => (err ? reject(err) : resolve(r))));
  const calls = nock.recorder.play().map((call) => {
    const out = Object.assign({}, call, { scope: 'https://api.losant.com' });
    delete out.rawHeaders;
    out.reqheaders = {};
    for (const name of ['accept', 'accept-version', 'authorization', 'content-type', 'user-agent']) {
      if (call.reqheaders && call.reqheaders[name] !== undefined) out.reqheaders[name] = call.reqheaders[name];
    }
    return out;
  });
  nock.recorder.clear();
  nock.restore();
  await emu.close();
  const file = path.join(__dirname, 'fixtures.json');
  const header = 'Recorded by test/legacy/cli/record.js with losant-rest 2.8.1 against the emulator; do not edit by hand.';
  fs.writeFileSync(file, `${JSON.stringify({ $comment: header, steps, calls }, null, 2)}\n`);
  console.log(`wrote ${path.relative(ROOT, file)}: ${calls.length} calls`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
