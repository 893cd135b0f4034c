// Builds dist/: CommonJS (.js, for `require`), ES modules (.mjs), bundled type
// declarations (.d.ts for require, .d.mts for import) and a browser build (dist/browser/).
// Both entries (the client and the emulator) are built together, code-split: each
// resource's actions and schemas become a chunk under dist/chunks/ that the client loads
// on the first call of that resource (a dynamic import), and code that only the emulator
// needs never ends up in the client's entry file.
import { existsSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';
import { browserTwins } from './scripts/lib/browser-twins.mjs';

// Stale files from an earlier build must not end up in the package.
rmSync('dist', { recursive: true, force: true });

const input = { index: 'lib/index.ts' };
if (existsSync('lib/emulator/index.ts')) input.emulator = 'lib/emulator/index.ts';
// Not exposed by the package's `exports`: internals for the project's own tests and scripts.
input.internal = 'lib/internal.ts';

// Node built-ins and our one runtime dependency stay external.
const external = (id) => id === 'node-fetch' || /^(node:)?(http|https|net|tls|url|util|fs|path|os|crypto|events|stream|zlib|buffer|string_decoder)(\/|$)/.test(id);

const code = {
  input,
  external,
  plugins: [typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined })],
  output: [
    // dynamicImportInCjs: false turns each lazy `import()` into require(), which old Node understands.
    {
      dir: 'dist', format: 'cjs', exports: 'named', dynamicImportInCjs: false, generatedCode: 'es2015',
      entryFileNames: '[name].js', chunkFileNames: 'chunks/[name].js',
    },
    { dir: 'dist', format: 'es', generatedCode: 'es2015', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name].mjs' },
  ],
};

// The browser build (dist/browser/, the package's `browser` condition): the client alone, ES
// modules, each Node-only module replaced by its `.browser.ts` twin (scripts/lib/browser-twins.mjs),
// code-split as above so a bundler can load each resource's chunk on demand. Its types are the
// same declarations as the Node build's.
const browser = {
  input: { index: 'lib/index.ts' },
  plugins: [browserTwins(), typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined })],
  output: {
    dir: 'dist/browser', format: 'es', generatedCode: 'es2015', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name].mjs',
    // No bare `import './x.mjs'` preload hints: with `sideEffects: false` bundlers drop them with a warning.
    hoistTransitiveImports: false,
  },
};

// The declarations name `Symbol.asyncIterator` (the page iterator of `client.paginate`): a project
// whose `lib` predates ES2018 gets that one lib file from this reference rather than a compile error.
// (A directive is only read at the top of a file, so it is put there, not left where its module lands.)
const LIB_REFERENCE = '/// <reference lib="es2018.asynciterable" />';
const types = (name, entry) => {
  const banner = name === 'index' ? LIB_REFERENCE : undefined;
  return [
    { input: entry, external, plugins: [dts()], output: { file: `dist/${name}.d.ts`, format: 'es', banner } },
    { input: entry, external, plugins: [dts()], output: { file: `dist/${name}.d.mts`, format: 'es', banner } },
  ];
};

export default [code, browser, ...Object.entries(input).filter(([name]) => name !== 'internal').flatMap(([name, entry]) => types(name, entry))];
