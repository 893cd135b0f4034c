'use strict';
// The command-line emulator (bin/losant-org-emulator.js) and `npm start`
// (examples/tour.js), run as child processes the way people run them.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { expect } = require('chai');
const { rawRequest } = require('../helpers/emulator-http');
const { ORG, TOKENS, usageSeed } = require('../helpers/emulator-fixtures');

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'losant-org-emulator.js');

/** Runs a script to its end; resolves { code, signal, stdout, stderr }. */
function run(args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, Object.assign({ cwd: ROOT }, options));
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => { stdout += c; });
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** CLI processes still running: a failed assertion must not leave one behind (mocha would never exit). */
const running = new Set();

/** Starts the CLI; resolves once it printed its URL, with the child, that URL and an `exited` promise. */
function startCli(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN].concat(args), { cwd: ROOT });
    running.add(child);
    child.on('exit', () => running.delete(child));
    let stdout = '';
    let stderr = '';
    const exited = new Promise((done) => child.on('close', (code, signal) => done({ code, signal, stdout, stderr })));
    child.stderr.on('data', (c) => { stderr += c; });
    child.stdout.on('data', (c) => {
      stdout += c;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)\n/.exec(stdout);
      if (m) resolve({ child, url: m[1], output: () => stdout, exited });
    });
    exited.then((result) => reject(new Error(`the CLI exited early: ${JSON.stringify(result)}`)));
  });
}

describe('emulator: CLI', () => {
  afterEach(() => {
    running.forEach((child) => child.kill('SIGKILL'));
  });

  it('prints the URL and the tokens with their scopes, serves, and stops cleanly on SIGTERM', async () => {
    const cli = await startCli(['--port', '0']);
    const res = await rawRequest(cli.url, { path: `/orgs/${ORG}`, token: TOKENS.admin });
    expect(res.status).to.equal(200);
    cli.child.kill('SIGTERM');
    const result = await cli.exited;
    expect(result.code).to.equal(0);
    expect(result.stdout).to.match(/admin +emu-admin-token +all\.User\n/);
    expect(result.stdout).to.match(/readonly +emu-readonly-token +all\.User\.read\n/);
    expect(result.stdout).to.match(/getOnly +emu-get-only-token +org\.get\n/);
    expect(result.stdout).to.match(/device +emu-device-token +all\.Device \(device 575ecf887ae143cd83dc4aa2\)\n/);
    expect(result.stdout).to.include('Demo application: 575ec8687ae143cd83dc4a97, device: 575ecf887ae143cd83dc4aa2');
    expect(result.stdout).to.include(`GET /orgs/${ORG} → 200`);
    expect(result.stdout).to.include('Received SIGTERM, closing.');
  });

  it('stops cleanly on SIGINT too', async () => {
    const cli = await startCli(['--quiet']);
    cli.child.kill('SIGINT');
    const result = await cli.exited;
    expect(result.code).to.equal(0);
    expect(result.stdout).to.include('Received SIGINT, closing.');
  });

  it('takes --seed and --data files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-cli-'));
    const seed = path.join(dir, 'seed.json');
    const data = path.join(dir, 'data.json');
    fs.writeFileSync(seed, JSON.stringify(usageSeed()));
    const cli = await startCli(['--seed', seed, `--data=${data}`, '--quiet']);
    const res = await rawRequest(cli.url, { path: `/orgs/${ORG}`, token: 'usage-admin' });
    expect(res.json.name).to.equal('Usage Org');
    expect(JSON.parse(fs.readFileSync(data, 'utf8')).orgs[0].name).to.equal('Usage Org');
    cli.child.kill('SIGTERM');
    expect((await cli.exited).code).to.equal(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('--help prints the usage and exits 0; a bad option exits 2', async () => {
    const help = await run([BIN, '--help']);
    expect(help.code).to.equal(0);
    expect(help.stdout).to.match(/^Usage: losant-org-emulator/);
    expect(help.stdout).to.include('--data <file>');
    const bad = await run([BIN, '--nope']);
    expect(bad.code).to.equal(2);
    expect(bad.stderr).to.include('unknown option --nope');
    const badPort = await run([BIN, '--port', 'eighty']);
    expect(badPort.code).to.equal(2);
  });

  it('exits 1 with a message for an invalid seed file', async () => {
    const result = await run([BIN, '--seed', path.join(os.tmpdir(), 'no-such-seed-file.json')]);
    expect(result.code).to.equal(1);
    expect(result.stderr).to.match(/Cannot read seed file/);
  });
});

describe('npm start (examples/tour.js)', () => {
  it('runs all 13 Org actions in callback and promise style, then the story across resources, and exits 0', async () => {
    const result = await run([path.join(ROOT, 'examples', 'tour.js')]);
    expect(result.code, result.stderr + result.stdout).to.equal(0);
    const names = [
      'get', 'patch', 'deviceCounts', 'payloadCounts', 'payloadCountsBreakdown', 'notebookMinuteCounts', 'pendingInvites',
      'inviteMember', 'revokeInvite', 'modifyMember', 'removeMember', 'transferResources', 'delete',
    ];
    const lines = result.stdout.split('\n');
    for (const name of names) {
      for (const style of ['callback', 'promise']) {
        const line = lines.filter((l) => new RegExp(`^  ${name} +\\(${style}\\) +→ `).test(l));
        expect(line, `${name} (${style})`).to.have.length(1);
        expect(line[0]).to.not.include('FAILED');
      }
    }
    expect(result.stdout).to.match(/get +\(after delete\) +→ 404 NotFound, as expected/);
    // Issue 12: an application and a device are created, a state sent, read back, and seen on the stream.
    const story = [
      /^  applications\.post +\(promise\) +→ application "Tour Greenhouse" \([0-9a-f]{24}\)$/,
      /^  devices\.post +\(promise\) +→ device "Tour Sensor" \([0-9a-f]{24}\)$/,
      /^  device\.stateStream +\(promise\) +→ watching Tour Sensor's state$/,
      /^  device\.sendState +\(callback\) +→ success: true$/,
      /^  device\.getState +\(promise\) +→ temperature 21\.5 at /,
      /^  device\.stateStream +\(event\) +→ deviceState: temperature 21\.5$/,
      // Issue 25: a paged list read whole.
      /^  paginate +\(promise\) +→ applications\.get read whole, 1 a page: .*Tour Greenhouse/,
    ];
    for (const line of story) expect(lines.filter((l) => line.test(l)), String(line)).to.have.length(1);
    expect(result.stdout).to.include('All 13 actions worked, in both styles, and so did the story.');
    expect(lines.length).to.be.below(50);
  });
});
