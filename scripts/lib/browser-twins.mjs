// The rollup plugin behind the browser build (dist/browser/): every module of
// lib/ that has a `<name>.browser.ts` beside it is replaced by that twin
// wherever it is imported, and an import of a Node built-in or of node-fetch
// fails the build, so nothing Node-only can reach a browser bundle unnoticed.
import { existsSync } from 'node:fs';
import { builtinModules } from 'node:module';

const NODE_ONLY = new Set(['node-fetch', ...builtinModules]);

/** True for `fs`, `node:fs`, `fs/promises`, `node-fetch`, …: what a browser does not have. */
export function isNodeOnly(source) {
  const bare = source.replace(/^node:/, '');
  return source.startsWith('node:') || NODE_ONLY.has(bare) || NODE_ONLY.has(bare.split('/')[0]);
}

/** The path of a module's browser twin, or undefined when it has none. */
export function twinOf(file) {
  if (!/\.ts$/.test(file) || /\.browser\.ts$/.test(file)) return undefined;
  const twin = file.replace(/\.ts$/, '.browser.ts');
  return existsSync(twin) ? twin : undefined;
}

export function browserTwins() {
  return {
    name: 'browser-twins',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      if (isNodeOnly(source)) {
        this.error(`${importer} imports ${source}, which browsers do not have: give that module a .browser.ts twin`);
      }
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      const twin = twinOf(resolved.id);
      return twin ? { ...resolved, id: twin } : resolved;
    },
  };
}
