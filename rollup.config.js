// Builds dist/: CommonJS (.js, for `require`), ES modules (.mjs) and bundled type
// declarations (.d.ts for require, .d.mts for import).
// Both entries (the client and the emulator) are built together, code-split: each
// resource's actions and schemas become a chunk under dist/chunks/ that the client loads
// on the first call of that resource (a dynamic import), and code that only the emulator
// needs never ends up in the client's entry file.
import { existsSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';

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

const types = (name, entry) => [
  { input: entry, external, plugins: [dts()], output: { file: `dist/${name}.d.ts`, format: 'es' } },
  { input: entry, external, plugins: [dts()], output: { file: `dist/${name}.d.mts`, format: 'es' } },
];

export default [code, ...Object.entries(input).filter(([name]) => name !== 'internal').flatMap(([name, entry]) => types(name, entry))];
