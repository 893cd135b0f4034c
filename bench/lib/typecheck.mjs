/**
 * Type-check cost: how long `tsc --noEmit` takes on a strict consumer of the packed
 * package (one that calls a few resources and names their types) against the same
 * compiler on an empty program, interleaved runs, medians. The package's declarations
 * cover every resource of the API; a consumer should not pay much for the ones it never names.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

const CONSUMER = `import { createClient, isLosantError, Params, Result, Device, Organization } from 'losant-org-client';

const client = createClient({ accessToken: 'my-token' });

export const seen: unknown[] = [];

export async function main(applicationId: string, deviceId: string, orgId: string): Promise<Device> {
  const params: Params<'device', 'get'> = { applicationId, deviceId };
  await client.device.sendState({ applicationId, deviceId, deviceState: { data: { temperature: 21.5 } } });
  const org: Organization = await client.org.get({ orgId });
  const devices: Result<'devices', 'get'> = await client.devices.get({ applicationId, perPage: 10 });
  client.dataTableRows.query({ applicationId, dataTableId: 'x', query: { $and: [] } }, (err, rows) => {
    seen.push(err && isLosantError(err) ? err.type : rows);
  });
  seen.push(org.name, devices.count);
  return client.device.get(params);
}
`;

function tsconfig(file, lib) {
  return JSON.stringify({
    compilerOptions: {
      module: 'commonjs', moduleResolution: 'node', target: 'ES2018', lib, types: [],
      strict: true, noEmit: true,
    },
    files: [file],
  });
}

function timeOnce(dir, project) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [TSC, '-p', project], { cwd: dir, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`tsc failed on ${project}:\n${r.stdout}${r.stderr}`);
  return ms;
}

export function measureTypecheck(tmp, runs = 9) {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  // dist/ is already built; --ignore-scripts keeps `prepare` from rebuilding it.
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8' }));
  const pkg = join(tmp, 'node_modules', 'losant-org-client');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', join(tmp, packed[0].filename), '-C', pkg, '--strip-components=1']);
  writeFileSync(join(tmp, 'consumer.ts'), CONSUMER);
  writeFileSync(join(tmp, 'empty.ts'), 'export {};\n');
  // Two settings: the smallest program TypeScript can check (ES2018 lib only), and a
  // common one (with the DOM lib, as browser code or many templates have).
  const settings = [{ id: 'es2018', lib: ['ES2018'] }, { id: 'es2018+dom', lib: ['ES2018', 'DOM'] }];
  const results = [];
  for (const s of settings) {
    writeFileSync(join(tmp, `tsconfig.consumer.${s.id}.json`), tsconfig('consumer.ts', s.lib));
    writeFileSync(join(tmp, `tsconfig.empty.${s.id}.json`), tsconfig('empty.ts', s.lib));
    timeOnce(tmp, `tsconfig.consumer.${s.id}.json`); // warm the file cache once
    const consumer = [];
    const empty = [];
    for (let i = 0; i < runs; i++) {
      empty.push(timeOnce(tmp, `tsconfig.empty.${s.id}.json`));
      consumer.push(timeOnce(tmp, `tsconfig.consumer.${s.id}.json`));
    }
    const emptyMs = median(empty);
    const consumerMs = median(consumer);
    results.push({ id: s.id, lib: s.lib, runs, emptyMs, consumerMs, ratio: consumerMs / emptyMs });
  }
  rmSync(tmp, { recursive: true, force: true });
  return results;
}
