#!/usr/bin/env node
// Generates lib/generated/types.ts from schemas/*.json with json-schema-to-typescript.
//   node scripts/build-types.mjs           write the file
//   node scripts/build-types.mjs --check   exit 1 if the file on disk is stale
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import { GENERATED_DIR, banner, loadSchemas, writeOrCheck } from './lib/common.mjs';

const COMMAND = 'npm run build:types';
const OUT = join(GENERATED_DIR, 'types.ts');

// Exported TypeScript name of each schema file. Defaults to the PascalCase
// of the schema's title; listed here where that would be wrong or unclear
// (`Error` would shadow the global Error).
const NAME_OVERRIDES = { error: 'ErrorBody' };

function pascal(title) {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

const OPTIONS = {
  bannerComment: '',
  // No catch-all `[k: string]: unknown` unless a schema asks for one
  // (the `<any key>: number` maps set additionalProperties explicitly).
  additionalProperties: false,
  // maxItems 1000 must not turn into tuple unions.
  maxItems: -1,
  declareExternallyReferenced: true,
  unreachableDefinitions: false,
  enableConstEnums: false,
  strictIndexSignatures: false,
  unknownAny: true,
  format: true,
  style: { printWidth: 100, singleQuote: false, trailingComma: 'all', endOfLine: 'lf' },
  $refOptions: { resolve: { external: false, file: false, http: false } },
};

/** Split a compiled chunk into top-level declarations: [{ name, text }]. */
function declarations(source, origin) {
  const sf = ts.createSourceFile(`${origin}.ts`, source, ts.ScriptTarget.Latest, true);
  return sf.statements.map((stmt) => {
    if (!ts.isInterfaceDeclaration(stmt) && !ts.isTypeAliasDeclaration(stmt)) {
      throw new Error(`${origin}: unexpected ${ts.SyntaxKind[stmt.kind]} in json-schema-to-typescript output`);
    }
    return { name: stmt.name.text, text: stmt.getFullText(sf).trim() };
  });
}

async function build() {
  const schemas = loadSchemas();
  const rootNames = new Map(); // schema file basename -> exported type name
  const decls = new Map(); // type name -> { text, origin }

  for (const { name, file, schema } of schemas) {
    if (typeof schema.title !== 'string' || !schema.title) throw new Error(`schemas/${file}: missing title`);
    const typeName = NAME_OVERRIDES[name] || pascal(schema.title);
    rootNames.set(name, typeName);
    const source = await compile(JSON.parse(JSON.stringify(schema)), typeName, {
      ...OPTIONS,
      customName: (s) => (s.$id === schema.$id ? typeName : undefined),
    });
    const found = declarations(source, `schemas/${file}`);
    if (!found.some((d) => d.name === typeName)) {
      throw new Error(`schemas/${file}: expected an exported type named ${typeName}`);
    }
    for (const d of found) {
      const seen = decls.get(d.name);
      if (!seen) {
        decls.set(d.name, { text: d.text, origin: file });
      } else if (seen.text !== d.text) {
        throw new Error(
          `type ${d.name} is generated differently by schemas/${seen.origin} and schemas/${file}; ` +
            'keep shared definitions identical or give them different names',
        );
      }
    }
  }

  // json-schema-to-typescript appends a number to a name that is already taken
  // (Role1, Role2, ...); fail instead of shipping such names.
  const numbered = [...decls.keys()].filter((n) => /\d$/.test(n));
  if (numbered.length) throw new Error(`numbered duplicate type names generated: ${numbered.join(', ')}`);
  const exported = new Set(rootNames.values());
  if (exported.size !== rootNames.size) throw new Error('two schemas map to the same type name');

  const schemaNames = [...rootNames.keys()];
  const parts = [
    banner(COMMAND),
    ...[...decls.values()].map((d) => d.text),
    [
      '/** Base name of a schema file under schemas/ (e.g. `orgPatch` for schemas/orgPatch.json). */',
      'export type SchemaName =',
      ...schemaNames.map((n, i) => `  | ${JSON.stringify(n)}${i === schemaNames.length - 1 ? ';' : ''}`),
    ].join('\n'),
    [
      '/** Maps each schema name to the TypeScript type of a document valid against it. */',
      'export interface SchemaTypes {',
      ...schemaNames.map((n) => `  ${n}: ${rootNames.get(n)};`),
      '}',
    ].join('\n'),
  ];
  return parts.join('\n\n') + '\n';
}

build().then(
  (content) => writeOrCheck(OUT, content, COMMAND),
  (err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(1);
  },
);
