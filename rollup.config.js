// Builds dist/: CommonJS (.js, for `require` on Node >= 10), ES modules (.mjs)
// and bundled type declarations (.d.ts for require, .d.mts for import).
import { existsSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { dts } from 'rollup-plugin-dts';

const entries = { index: 'lib/index.ts' };
if (existsSync('lib/emulator/index.ts')) entries.emulator = 'lib/emulator/index.ts';

// Node built-ins and our one runtime dependency stay external.
const external = (id) => id === 'node-fetch' || /^(node:)?(http|https|net|url|util|fs|path|os|crypto|events|stream|zlib|buffer)(\/|$)/.test(id);

export default [
  {
    input: entries,
    external,
    plugins: [typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined })],
    output: [
      // dynamicImportInCjs: false turns the lazy `import('node-fetch')` into require(), which Node 10 understands.
      { dir: 'dist', format: 'cjs', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', exports: 'named', dynamicImportInCjs: false, generatedCode: 'es2015' },
      { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs', generatedCode: 'es2015' },
    ],
  },
  ...Object.entries(entries).flatMap(([name, input]) => [
    { input, external, plugins: [dts()], output: { file: `dist/${name}.d.ts`, format: 'es' } },
    { input, external, plugins: [dts()], output: { file: `dist/${name}.d.mts`, format: 'es' } },
  ]),
];
