#!/usr/bin/env node
// Shows what importing a published description would change in the committed schemas and
// action table, fact by fact, without writing anything: the proof that a new importer (or a
// new API version) loses nothing, or the list of what it changes. Run it by hand with a path;
// no test reads the published folders.
//
//   node scripts/import-diff.mjs <description folder> [--against <folder>] [--all]
//
// <folder> holds `schemas/` and `lib/actions/table/` (default: this checkout), or `schemas/` and
// `table/` (what `npm run import -- … --out <folder>` writes). To compare with another commit's:
//   mkdir /tmp/base && git archive <commit> schemas lib/actions/table | tar -x -C /tmp/base
// Each difference is printed once per kind (the path with names and indexes generalized), with
// how often it occurs and one example; --all prints every one. The banner ($comment) is reported
// once. Exit status 0 when nothing but the banner differs, 1 otherwise.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT } from './lib/common.mjs';
import { importDescription } from './import-api.mjs';

const VIRTUAL = '/imported';

export function compareImport(published, against) {
  const out = { schemas: join(VIRTUAL, 'schemas'), table: join(VIRTUAL, 'table') };
  const { files } = importDescription(published, out);
  const tableDir = existsSync(join(against, 'lib', 'actions', 'table')) ? join(against, 'lib', 'actions', 'table') : join(against, 'table');
  const committed = { schemas: join(against, 'schemas'), table: tableDir };
  const diffs = [];
  const banners = new Set();
  for (const kind of ['schemas', 'table']) {
    const names = new Set(existsSync(committed[kind]) ? readdirSync(committed[kind]).filter((f) => f.endsWith('.json')) : []);
    for (const path of files.keys()) if (path.startsWith(`${out[kind]}/`)) names.add(path.slice(out[kind].length + 1));
    for (const name of [...names].sort()) {
      const file = `${kind}/${name}`;
      const mine = files.get(join(out[kind], name));
      const theirs = join(committed[kind], name);
      if (!mine) diffs.push({ file, path: '', was: 'the file', now: undefined });
      else if (!existsSync(theirs)) diffs.push({ file, path: '', was: undefined, now: 'the file' });
      else compare(JSON.parse(readFileSync(theirs, 'utf8')), JSON.parse(mine), '', (path, was, now) => {
        if (path === '/$comment') banners.add(`${was}\n  → ${now}`);
        else diffs.push({ file, path, was, now });
      });
    }
  }
  return { diffs, banners: [...banners] };
}

function compare(was, now, path, report) {
  const object = (v) => v !== null && typeof v === 'object';
  if (object(was) && object(now) && Array.isArray(was) === Array.isArray(now)) {
    const keys = new Set(Object.keys(was).concat(Object.keys(now)));
    if (Array.isArray(was) && was.every((v) => v && v.name) && now.every((v) => v && v.name)) {
      // Parameter lists: matched by name, so one added parameter is one difference.
      const byName = (list) => new Map(list.map((v) => [v.name, v]));
      const a = byName(was);
      const b = byName(now);
      for (const name of new Set([...a.keys(), ...b.keys()])) compare(a.get(name), b.get(name), `${path}/${name}`, report);
      if (was.map((v) => v.name).join() !== now.map((v) => v.name).join() && a.size === b.size) report(`${path}/(order)`, was.map((v) => v.name).join(), now.map((v) => v.name).join());
      return;
    }
    for (const key of keys) compare(was[key], now[key], `${path}/${key}`, report);
    return;
  }
  if (JSON.stringify(was) !== JSON.stringify(now)) report(path, was, now);
}

/** `/actions/get/params/orgId/example` → `/actions/*\/params/*\/example`: the kind of a difference. */
function kindOf(d) {
  const path = d.file.startsWith('table/')
    ? d.path.replace(/^\/actions\/[^/]+/, '/actions/*').replace(/\/(params|responses|errors|events)\/[^/]+/, '/$1/*')
    : d.path.replace(/\/(properties|definitions|patternProperties)\/[^/]+/g, '/$1/*').replace(/\/\d+/g, '/#');
  const change = d.was === undefined ? 'added' : d.now === undefined ? 'removed' : 'changed';
  return `${d.file.split('/')[0]}${path} ${change}`;
}

const show = (v) => (v === undefined ? '(none)' : JSON.stringify(v).slice(0, 160));

function main(argv) {
  const all = argv.includes('--all');
  const rest = argv.filter((a) => a !== '--all');
  const at = rest.indexOf('--against');
  const against = at === -1 ? ROOT : rest.splice(at, 2)[1];
  if (rest.length !== 1 || !against) {
    console.error('usage: node scripts/import-diff.mjs <description folder> [--against <folder>] [--all]');
    return 2;
  }
  const { diffs, banners } = compareImport(resolve(rest[0]), resolve(against));
  for (const b of banners) console.log(`banner: ${b}`);
  if (all) {
    for (const d of diffs) console.log(`${d.file}${d.path}: ${show(d.was)} → ${show(d.now)}`);
  } else {
    const kinds = new Map();
    for (const d of diffs) {
      const k = kindOf(d);
      if (!kinds.has(k)) kinds.set(k, []);
      kinds.get(k).push(d);
    }
    for (const [k, list] of [...kinds].sort()) {
      const d = list[0];
      console.log(`${k}: ${list.length}  e.g. ${d.file}${d.path}: ${show(d.was)} → ${show(d.now)}`);
    }
  }
  console.log(`${diffs.length} differences${banners.length ? ' besides the banner' : ''}`);
  return diffs.length ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    console.error(`import-diff: ${err.message}`);
    process.exitCode = 2;
  }
}
