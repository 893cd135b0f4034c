/**
 * Installed footprint as a user gets it: `npm install --omit=dev` of this
 * package's packed tarball (and of the peers from the registry) in a clean
 * folder, then the packages and the KB under node_modules.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function npm(args, cwd) {
  return execFileSync(NPM, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Package roots only: node_modules/<name> and node_modules/@scope/<name>, recursively. */
export function countPackages(dir, found = []) {
  const nm = join(dir, 'node_modules');
  if (!existsSync(nm)) return found;
  for (const entry of readdirSync(nm)) {
    if (entry.startsWith('.')) continue;
    const roots = entry.startsWith('@') ? readdirSync(join(nm, entry)).map((s) => join(nm, entry, s)) : [join(nm, entry)];
    for (const root of roots) {
      const manifest = join(root, 'package.json');
      if (!existsSync(manifest)) continue;
      const { name, version } = JSON.parse(readFileSync(manifest, 'utf8'));
      if (!name) continue;
      found.push(`${name}@${version}`);
      countPackages(root, found);
    }
  }
  return found;
}

/** Disk usage as `du -sk` counts it (allocated blocks), and the plain byte total. */
function usage(path) {
  let blocks = 0;
  let bytes = 0;
  const walk = (p) => {
    const st = statSync(p);
    blocks += st.blocks * 512;
    if (st.isDirectory()) for (const e of readdirSync(p)) walk(join(p, e));
    else bytes += st.size;
  };
  walk(path);
  return { diskKB: Math.round(blocks / 1024), bytesKB: Math.round(bytes / 1024) };
}

function installInto(dir, spec) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  npm(['install', '--omit=dev', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--prefer-offline', spec], dir);
  const packages = countPackages(dir);
  return { packages: packages.length, list: packages.sort(), ...usage(join(dir, 'node_modules')) };
}

export function measureFootprint(tmp) {
  mkdirSync(tmp, { recursive: true });
  // dist/ is already built; --ignore-scripts keeps `prepare` from rebuilding it.
  const packed = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], ROOT));
  const tarball = join(tmp, packed[0].filename);
  const specs = [
    { id: 'losant-org-client', spec: tarball },
    { id: 'losant-rest', spec: 'losant-rest@2.8.1' },
    { id: 'axios', spec: 'axios@1' },
  ];
  const results = specs.map(({ id, spec }) => ({ id, ...installInto(join(tmp, `install-${id}`), spec) }));
  rmSync(tarball, { force: true });
  for (const { id } of specs) rmSync(join(tmp, `install-${id}`), { recursive: true, force: true });
  return results;
}
