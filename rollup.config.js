// Builds dist/: CommonJS (.js, for `require` on Node >= 10), ES modules (.mjs)
// and bundled type declarations (.d.ts for require, .d.mts for import).
// Each entry is bundled on its own, with no shared chunks, so the client never
// loads code that only the emulator needs (such as the response validators).
import { existsSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';

// Stale files from an earlier build must not end up in the package.
rmSync('dist', { recursive: true, force: true });

const entries = { index: 'lib/index.ts' };
if (existsSync('lib/emulator/index.ts')) entries.emulator = 'lib/emulator/index.ts';

// Node built-ins and our one runtime dependency stay external.
const external = (id) => id === 'node-fetch' || /^(node:)?(http|https|net|url|util|fs|path|os|crypto|events|stream|zlib|buffer)(\/|$)/.test(id);

const code = (name, input) => ({
  input,
  external,
  plugins: [typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined })],
  output: [
    // dynamicImportInCjs: false turns the lazy `import('node-fetch')` into require(), which Node 10 understands.
    { file: `dist/${name}.js`, format: 'cjs', exports: 'named', dynamicImportInCjs: false, generatedCode: 'es2015' },
    { file: `dist/${name}.mjs`, format: 'es', generatedCode: 'es2015' },
  ],
});

const types = (name, input) => [
  { input, external, plugins: [dts()], output: { file: `dist/${name}.d.ts`, format: 'es' } },
  { input, external, plugins: [dts()], output: { file: `dist/${name}.d.mts`, format: 'es' } },
];

export default Object.entries(entries).flatMap(([name, input]) => [code(name, input), ...types(name, input)]);
