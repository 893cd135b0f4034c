#!/usr/bin/env node
/**
 * Measures the multipart encoders side by side in one run: ours
 * (lib/http/uploads/multipart.ts, compiled by test/helpers/compile-lib.js) against
 * form-data@4 (the current major, what we would add) and form-data@3
 * (losant-rest's copy), each sending with node-fetch@2, our transport.
 *  - encoding alone: the small form to bytes, forms per second and CPU µs each;
 *  - encode + send throughput and client CPU per request, for a small upload
 *    (a 1 KB Buffer file and two text fields, 8 at a time) and a large one
 *    (5 MB as a Buffer, and 5 MB streamed from disk, one at a time);
 *  - require time of each encoder in a fresh process, alone and after the client;
 *  - what form-data@4 adds to an install (packages and size), from the registry.
 * The server (its own process) checks every body's size and close delimiter,
 * so no encoder can look fast by sending less. Server on core 0 and each
 * client on core 1 with taskset, where it works. Rounds are interleaved and
 * every figure is a median, with ours / form-data@4 ratios from the same rounds.
 *
 *   node bench/multipart.mjs [--rounds 5] [--skip-footprint] [--out FILE.json] [--workloads small,large-buffer,large-stream]
 * Writes bench/results/multipart.json (or --out) and prints a Markdown table.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countPackages } from './lib/footprint.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(join(ROOT, 'package.json'));
const SELF = fileURLToPath(import.meta.url);
const MB = 1024 * 1024;

export const WORKLOADS = {
  'encode-small': { label: 'encode only: the small form to bytes (no sending)' },
  small: { label: 'small: 1 KB Buffer + 2 fields, concurrency 8', warmup: 1000, requests: 6000, concurrency: 8 },
  'large-buffer': { label: 'large: 5 MB Buffer, concurrency 1', warmup: 10, requests: 60, concurrency: 1 },
  'large-stream': { label: 'large: 5 MB fs stream, concurrency 1', warmup: 10, requests: 60, concurrency: 1 },
};
const ENCODERS = ['ours', 'form-data@4', 'form-data@3'];

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function pinned(core, args) {
  const ok = spawnSync('taskset', ['-c', String(core), process.execPath, '-e', '0']).status === 0;
  return ok ? ['taskset', ['-c', String(core), ...args]] : [args[0], args.slice(1)];
}

// ---- server (a child process): counts each body, checks its close delimiter, answers 200 or 400
const SERVER = `
const http = require('http');
const server = http.createServer((req, res) => {
  const boundary = String(req.headers['content-type']).split('boundary=')[1];
  let size = 0; let tail = Buffer.alloc(0);
  req.on('data', (c) => { size += c.length; tail = Buffer.concat([tail, c.slice(-100)]).slice(-100); });
  req.on('end', () => {
    const ok = boundary && tail.toString('latin1').endsWith('\\r\\n--' + boundary + '--\\r\\n') && size >= Number(req.headers['x-expect-min']);
    res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
    res.end(ok ? '{"ok":true}' : JSON.stringify({ size, tail: tail.toString('latin1') }));
  });
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

function startServer() {
  const [cmd, args] = pinned(0, [process.execPath, '-e', SERVER]);
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', (d) => resolve({ child, port: Number(String(d).trim()) })));
}

/** Encoding alone, no sending: the same small form to bytes (form-data's getBuffer()), µs per form. */
function encodeOnly(encoderId, compiled) {
  const file = Buffer.alloc(1024, 7);
  let encode;
  if (encoderId === 'ours') {
    const { encodeMultipart } = require(compiled);
    encode = () => encodeMultipart([{ name: 'file', value: file, filename: 'data.bin' }, { name: 'ownerId', value: 'abc123' }, { name: 'email', value: 'a@b.co' }]).body;
  } else {
    const FormData = require(encoderId === 'form-data@4' ? 'form-data' : 'losant-rest/node_modules/form-data');
    encode = () => {
      const form = new FormData();
      form.append('file', file, { filename: 'data.bin' });
      form.append('ownerId', 'abc123');
      form.append('email', 'a@b.co');
      return form.getBuffer();
    };
  }
  let bytes = 0;
  for (let i = 0; i < 20000; i++) bytes += encode().length;
  const n = 100000;
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) bytes += encode().length;
  const us = Number(process.hrtime.bigint() - t0) / 1e3;
  const cpu = process.cpuUsage(cpu0);
  if (bytes < n * 1024) throw new Error('encoded less than the file');
  return { reqPerSec: n / (us / 1e6), mbPerSec: (n * 1024) / MB / (us / 1e6), cpuUsPerReq: (cpu.user + cpu.system) / n };
}

// ---- one client process: one encoder, one workload
async function runClient(encoderId, workloadId, port, compiled, fixtureFile) {
  if (workloadId === 'encode-small') return encodeOnly(encoderId, compiled);
  const fetch = require('node-fetch');
  const http = await import('node:http');
  const fs = await import('node:fs');
  const agent = new http.Agent({ keepAlive: true });
  const w = WORKLOADS[workloadId];
  const fileBytes = workloadId === 'small' ? Buffer.alloc(1024, 7) : readFileSync(fixtureFile);
  const fileValue = () => (workloadId === 'large-stream' ? fs.createReadStream(fixtureFile) : fileBytes);
  const url = `http://127.0.0.1:${port}/upload`;
  const extra = { 'x-expect-min': String(fileBytes.length) };
  let send;
  if (encoderId === 'ours') {
    const { encodeMultipart } = require(compiled);
    send = () => {
      const enc = encodeMultipart([{ name: 'file', value: fileValue(), filename: 'data.bin' }, { name: 'ownerId', value: 'abc123' }, { name: 'email', value: 'a@b.co' }]);
      const headers = Object.assign({ 'content-type': enc.contentType }, extra);
      if (enc.length !== undefined) headers['content-length'] = String(enc.length);
      return fetch(url, { method: 'POST', headers, body: enc.body, agent });
    };
  } else {
    const FormData = require(encoderId === 'form-data@4' ? 'form-data' : 'losant-rest/node_modules/form-data');
    send = () => {
      const form = new FormData();
      form.append('file', fileValue(), { filename: 'data.bin' });
      form.append('ownerId', 'abc123');
      form.append('email', 'a@b.co');
      return fetch(url, { method: 'POST', headers: Object.assign(form.getHeaders(), extra), body: form, agent });
    };
  }
  const once = async () => {
    const res = await send();
    const text = await res.text();
    if (res.status !== 200) throw new Error(`${encoderId} ${workloadId}: ${res.status} ${text}`);
  };
  const batch = async (n) => {
    let next = 0;
    const worker = async () => { while (next++ < n) await once(); };
    await Promise.all(Array.from({ length: w.concurrency }, worker));
  };
  await batch(w.warmup);
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  await batch(w.requests);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  agent.destroy();
  return { reqPerSec: w.requests / seconds, mbPerSec: (w.requests * fileBytes.length) / MB / seconds, cpuUsPerReq: (cpu.user + cpu.system) / w.requests };
}

function clientProcess(encoderId, workloadId, port, compiled, fixtureFile) {
  const [cmd, args] = pinned(1, [process.execPath, SELF, '--client', encoderId, workloadId, String(port), compiled, fixtureFile]);
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`client ${encoderId} ${workloadId} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

// ---- require time, in fresh processes
function requireTimes(compiled, runs) {
  const targets = {
    ours: compiled,
    'form-data@4': require.resolve('form-data'),
    'form-data@3': require.resolve('losant-rest/node_modules/form-data'),
  };
  // Alone in a fresh process, and on top of the client (dist/index.js), which has loaded http and stream already.
  const client = join(ROOT, 'dist', 'index.js');
  const code = (file, after) => `${after ? `require(${JSON.stringify(client)});` : ''}const t=process.hrtime.bigint();require(${JSON.stringify(file)});console.log(Number(process.hrtime.bigint()-t)/1e6)`;
  const times = {};
  for (const id of Object.keys(targets)) times[id] = { alone: [], afterClient: [] };
  for (let i = 0; i < runs; i++) {
    for (const id of Object.keys(targets)) {
      for (const when of ['alone', 'afterClient']) {
        const [cmd, args] = pinned(1, [process.execPath, '-e', code(targets[id], when === 'afterClient')]);
        const r = spawnSync(cmd, args, { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(r.stderr);
        times[id][when].push(Number(r.stdout.trim()));
      }
    }
  }
  const out = {};
  for (const id of Object.keys(times)) out[id] = { alone: median(times[id].alone), afterClient: median(times[id].afterClient) };
  return out;
}

// ---- footprint: what `npm install form-data@4` brings, in a folder outside the repository
function bytesUnder(path) {
  const st = statSync(path);
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((sum, e) => sum + bytesUnder(join(path, e)), 0);
}

function footprint(compiled) {
  const dir = mkdtempSync(join(tmpdir(), 'losant-formdata-footprint-'));
  try {
    writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
    execFileSync('npm', ['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', 'form-data@4'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    const list = countPackages(dir).sort();
    const ours = readdirSync(dirname(dirname(compiled)), { recursive: true })
      .map((f) => join(dirname(dirname(compiled)), f)).filter((f) => /multipart|media-types/.test(f) && f.endsWith('.js'));
    return {
      formData4: { packages: list.length, list, kB: Math.round(bytesUnder(join(dir, 'node_modules')) / 1024) },
      ours: { packages: 0, kB: Math.round(ours.reduce((s, f) => s + statSync(f).size, 0) / 102.4) / 10, files: ours.length },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv) {
  const opt = { rounds: 5, footprint: true, out: join(ROOT, 'bench', 'results', 'multipart.json'), workloads: Object.keys(WORKLOADS) };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--rounds') opt.rounds = Number(argv[++i]);
    else if (argv[i] === '--skip-footprint') opt.footprint = false;
    else if (argv[i] === '--out') opt.out = argv[++i];
    else if (argv[i] === '--workloads') opt.workloads = argv[++i].split(',');
    else throw new Error(`unknown argument ${argv[i]} (known: --rounds N --skip-footprint --out FILE --workloads small,large-buffer,large-stream)`);
  }
  const { compileLib } = require('./test/helpers/compile-lib.js');
  const compiled = compileLib('http/uploads/multipart');
  const work = mkdtempSync(join(tmpdir(), 'losant-multipart-bench-'));
  const fixtureFile = join(work, 'upload.bin');
  writeFileSync(fixtureFile, (await import('node:crypto')).randomBytes(5 * MB));
  const server = await startServer();
  const loadBefore = loadavg();
  const runs = {};
  try {
    for (let round = 0; round < opt.rounds; round++) {
      // Each round starts the encoder list one place further on.
      const order = ENCODERS.slice(round % ENCODERS.length).concat(ENCODERS.slice(0, round % ENCODERS.length));
      for (const workload of opt.workloads) {
        for (const encoder of order) {
          const key = `${workload}|${encoder}`;
          (runs[key] = runs[key] || []).push(clientProcess(encoder, workload, server.port, compiled, fixtureFile));
        }
      }
      process.stderr.write(`round ${round + 1}/${opt.rounds} done\n`);
    }
  } finally {
    server.child.kill();
    rmSync(work, { recursive: true, force: true });
  }
  // On a shared machine the load says how far to trust the absolute figures (ratios come from the same rounds).
  const results = { node: process.version, rounds: opt.rounds, date: new Date().toISOString(), loadavg: { before: loadBefore, after: loadavg() }, workloads: {}, raw: runs };
  for (const workload of opt.workloads) {
    const row = (results.workloads[workload] = { label: WORKLOADS[workload].label });
    for (const encoder of ENCODERS) {
      const rs = runs[`${workload}|${encoder}`];
      row[encoder] = { reqPerSec: median(rs.map((r) => r.reqPerSec)), mbPerSec: median(rs.map((r) => r.mbPerSec)), cpuUsPerReq: median(rs.map((r) => r.cpuUsPerReq)) };
    }
    // Same-round ratios, then their median.
    const ours = runs[`${workload}|ours`];
    const theirs = runs[`${workload}|form-data@4`];
    row.ratio = {
      throughput: median(ours.map((r, i) => r.reqPerSec / theirs[i].reqPerSec)),
      cpu: median(ours.map((r, i) => r.cpuUsPerReq / theirs[i].cpuUsPerReq)),
    };
  }
  results.requireMs = requireTimes(compiled, 21);
  if (opt.footprint) results.footprint = footprint(compiled);
  mkdirSync(dirname(opt.out), { recursive: true });
  writeFileSync(opt.out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(render(results));
}

const f1 = (x) => x.toFixed(1);
export function render(r) {
  const load = (l) => l.map((x) => x.toFixed(1)).join(' ');
  const lines = [`Node ${r.node}, ${r.rounds} interleaved rounds, medians; ratios are ours / form-data@4 from the same rounds.`,
    `Load average ${load(r.loadavg.before)} before, ${load(r.loadavg.after)} after (2 cores).`, '',
    '| workload | encoder | req/s | MB/s | CPU µs/req |', '|---|---|---:|---:|---:|'];
  for (const id of Object.keys(r.workloads)) {
    const w = r.workloads[id];
    for (const e of ENCODERS) lines.push(`| ${w.label} | ${e} | ${f1(w[e].reqPerSec)} | ${f1(w[e].mbPerSec)} | ${w[e].cpuUsPerReq < 100 ? f1(w[e].cpuUsPerReq) : Math.round(w[e].cpuUsPerReq)} |`);
    lines.push(`| | **ours / form-data@4** | **${w.ratio.throughput.toFixed(2)}×** | | **${w.ratio.cpu.toFixed(2)}×** |`);
  }
  lines.push('', '| require, median of 21 fresh processes | alone, ms | after the client (dist/index.js), ms |', '|---|---:|---:|');
  for (const [id, ms] of Object.entries(r.requireMs)) lines.push(`| ${id} | ${ms.alone.toFixed(2)} | ${ms.afterClient.toFixed(2)} |`);
  const req = r.requireMs;
  lines.push(`| **ours / form-data@4** | **${(req.ours.alone / req['form-data@4'].alone).toFixed(2)}×** | **${(req.ours.afterClient / req['form-data@4'].afterClient).toFixed(2)}×** |`);
  if (r.footprint) {
    const fp = r.footprint;
    lines.push('', `form-data@4 installs ${fp.formData4.packages} packages, ${fp.formData4.kB} KB: ${fp.formData4.list.join(', ')}.`);
    lines.push(`Ours: ${fp.ours.packages} packages, ${fp.ours.kB} KB of compiled JavaScript in ${fp.ours.files} files.`);
  }
  return lines.join('\n');
}

if (process.argv[2] === '--client') {
  const [, , , encoder, workload, port, compiled, fixture] = process.argv;
  runClient(encoder, workload, Number(port), compiled, fixture).then((r) => console.log(JSON.stringify(r)), (e) => { console.error(e); process.exit(1); });
} else if (process.argv[1] === SELF) {
  main(process.argv.slice(2)).catch((e) => { console.error(e); process.exit(1); });
}
