#!/usr/bin/env node
// Generates the TypeScript types, written out explicitly so that TypeScript 3.9 and later
// read them and editor hovers show plain fields (no conditional or template literal types):
//   lib/generated/schema-types.ts  one type per schema (schemas/*.json), by json-schema-to-typescript
//   lib/generated/api.ts           per resource: the params interface of each action, the API
//                                  interface (`DeviceApi`: one typed method per action, a
//                                  `PagedMethod` for those scripts/lib/paging.mjs finds paged), and the
//                                  maps behind Params<'device', 'sendState'> / Result<…>
//   node scripts/build-types.mjs           write both
//   node scripts/build-types.mjs --check   exit 1 if either is stale
import { join } from 'node:path';
import Ajv from 'ajv';
import { compile } from 'json-schema-to-typescript';
import ts from 'typescript';
import { GENERATED_DIR, banner, loadSchemas, loadTables, usedSchemaNames, writeOrCheck } from './lib/common.mjs';
import { pagingOf } from './lib/paging.mjs';

const COMMAND = 'npm run build:types';

/** Exported names that would otherwise shadow a global or read badly. */
const NAME_OVERRIDES = { error: 'ErrorBody' };

const OPTIONS = {
  bannerComment: '',
  // No catch-all `[k: string]: unknown` unless a schema asks for one: the types are exact.
  additionalProperties: false,
  // maxItems 1000 must not turn into tuple unions.
  maxItems: -1,
  declareExternallyReferenced: true,
  unreachableDefinitions: false,
  enableConstEnums: false,
  strictIndexSignatures: false,
  unknownAny: true,
  format: true,
  style: { printWidth: 120, singleQuote: true, trailingComma: "all", endOfLine: "lf" },
  $refOptions: { resolve: { external: false, file: false, http: false } },
};

export function pascal(title) {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/**
 * The schema as json-schema-to-typescript should see it: titles only at the root (inner
 * titles would become names that collide across hundreds of files), a `$ref` to another schema
 * file replaced by that schema's type name, and each shared part (see sharedParts) by its
 * name. `keepRoot` leaves the root itself in place when compiling a shared part.
 */
function prepare(node, typeNames, shared, root = true) {
  if (Array.isArray(node)) return node.map((n) => prepare(n, typeNames, shared, false));
  if (!node || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string' && /^[A-Za-z0-9]+\.json$/.test(node.$ref)) {
    return { tsType: typeNames.get(node.$ref.slice(0, -5)) };
  }
  if (!root && shared.size) {
    const part = shared.get(meaning(node));
    if (part) return { tsType: part.name };
  }
  const out = {};
  for (const key of Object.keys(node)) {
    if (!root && (key === 'title' || key === '$id')) continue;
    if (key === '$comment' || key === 'examples') continue;
    const value = node[key];
    if ((key === 'properties' || key === 'patternProperties' || key === 'definitions') && value && typeof value === 'object') {
      out[key] = {};
      for (const name of Object.keys(value)) out[key][name] = prepare(value[name], typeNames, shared, false);
    } else if (key === 'enum' || key === 'const') {
      out[key] = value;
    } else {
      out[key] = prepare(value, typeNames, shared, false);
    }
  }
  return out;
}

const ANNOTATIONS = new Set(['title', 'description', '$comment', '$id', '$schema', 'examples', 'default']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions']);
/** A part repeated at least this big (canonical JSON characters) gets a type of its own. */
const SHARED_MIN = 1500;

/** A subschema's meaning as text: annotations dropped, keys sorted. */
function meaning(node) {
  const strip = (n) => {
    if (Array.isArray(n)) return n.map(strip);
    if (!n || typeof n !== 'object') return n;
    const out = {};
    for (const key of Object.keys(n).sort()) {
      if (ANNOTATIONS.has(key)) continue;
      if (SCHEMA_MAPS.has(key) && n[key] && typeof n[key] === 'object') {
        out[key] = {};
        for (const name of Object.keys(n[key]).sort()) out[key][name] = strip(n[key][name]);
      } else out[key] = key === 'enum' || key === 'const' ? n[key] : strip(n[key]);
    }
    return out;
  };
  return JSON.stringify(strip(node));
}

/** A branch of a oneOf is best named by its tag: a property allowing one string (`type: 'graph'`). */
function branchTag(branch) {
  const props = (branch && branch.properties) || {};
  for (const key of Object.keys(props)) {
    const e = props[key] && props[key].enum;
    if (Array.isArray(e) && e.length === 1 && typeof e[0] === 'string' && /[A-Za-z]/.test(e[0])) return pascal(e[0]);
  }
  return undefined;
}

/** `properties/blocks/items/oneOf/3` → `BlocksItemGraph`: the name part a path adds. */
function pathName(root, path) {
  let node = root;
  return path.map((seg, i) => {
    const parent = path[i - 1];
    node = node ? node[seg] : undefined;
    if (parent === 'properties') return pascal(seg);
    if (seg === 'properties') return '';
    if (seg === 'items' || seg === 'additionalItems') return 'Item';
    if (seg === 'patternProperties' || seg === 'additionalProperties') return 'Value';
    if (parent === 'patternProperties') return '';
    if (/^\d+$/.test(seg) && (parent === 'oneOf' || parent === 'anyOf' || parent === 'allOf')) {
      return branchTag(node) || `Option${['One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'][Number(seg)] || 'N'}`;
    }
    if (seg === 'oneOf' || seg === 'anyOf' || seg === 'allOf') return '';
    return pascal(seg);
  }).join('');
}

/**
 * Parts repeated within or across schemas (the dashboards' blocks, the workflows' nodes,
 * the token scopes list, …) become one named type each instead of a copy per place, named
 * after their first place (`DashboardBlocksItem`). Parts holding a `#` reference stay inline:
 * out of their schema it would point elsewhere.
 */
function sharedParts(schemas, typeNames) {
  const places = new Map();
  const walk = (node, host, path) => {
    if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, host, path.concat(String(i))));
      return;
    }
    if (!node || typeof node !== 'object') return;
    if (path.length) {
      const m = meaning(node);
      if (m.length >= SHARED_MIN && !/"\$ref":"#/.test(m)) {
        if (!places.has(m)) places.set(m, []);
        places.get(m).push({ host, path });
      }
    }
    for (const key of Object.keys(node)) {
      if (key === 'enum' || key === 'const' || ANNOTATIONS.has(key)) continue;
      if (SCHEMA_MAPS.has(key) && node[key] && typeof node[key] === 'object') {
        for (const name of Object.keys(node[key])) walk(node[key][name], host, path.concat(key, name));
      } else walk(node[key], host, path.concat(key));
    }
  };
  const byName = new Map(schemas.map(({ name, schema }) => [name, schema]));
  for (const { name, schema } of schemas) walk(schema, name, []);
  const taken = new Set(typeNames.values());
  const shared = new Map();
  for (const [m, list] of places) {
    if (list.length < 2) continue;
    // Named after its place with the shortest name: Dashboard's blocks rather than ApplicationDashboardPost's.
    const candidates = list.map((p) => `${typeNames.get(p.host)}${pathName(byName.get(p.host), p.path)}`);
    let name = candidates.reduce((a, b) => (b.length < a.length || (b.length === a.length && b < a) ? b : a));
    for (const suffix of ['', 'Part', 'Shape', 'Form']) {
      if (!taken.has(name + suffix)) {
        name += suffix;
        break;
      }
    }
    if (taken.has(name)) throw new Error(`shared type name ${name} is taken`);
    taken.add(name);
    shared.set(m, { name, schema: JSON.parse(m) });
  }
  return shared;
}

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

async function schemaTypes(schemas) {
  const typeNames = new Map(schemas.map(({ name, schema }) => [name, NAME_OVERRIDES[name] || pascal(schema.title)]));
  if (new Set(typeNames.values()).size !== typeNames.size) throw new Error('two schemas map to the same type name');
  const decls = new Map();
  const shared = sharedParts(schemas, typeNames);
  const units = schemas.map(({ name, file, schema }) => ({ typeName: typeNames.get(name), origin: `schemas/${file}`, schema }))
    .concat([...shared.values()].map((part) => ({ typeName: part.name, origin: `a part shared by several schemas (${part.name})`, schema: part.schema })));
  for (const { typeName, origin, schema } of units) {
    const source = await compile({ ...prepare(schema, typeNames, shared), title: typeName }, typeName, OPTIONS);
    const found = declarations(source, origin);
    if (!found.some((d) => d.name === typeName)) throw new Error(`${origin}: expected an exported type named ${typeName}`);
    for (const d of found) {
      const seen = decls.get(d.name);
      if (!seen) decls.set(d.name, { text: d.text, origin });
      else if (seen.text !== d.text) throw new Error(`type ${d.name} is generated differently by ${seen.origin} and ${origin}`);
    }
  }
  const numbered = [...decls.keys()].filter((n) => /\d$/.test(n) && !typeNames.has(n));
  if (numbered.length) throw new Error(`numbered duplicate type names generated: ${numbered.join(', ')}`);
  const names = [...typeNames.keys()];
  const text = [
    banner(COMMAND),
    ...[...decls.values()].map((d) => d.text),
    [
      '/** Base name of a schema file under schemas/ (e.g. `orgPatch` for schemas/orgPatch.json). */',
      'export type SchemaName =',
      ...names.map((n, i) => `  | ${JSON.stringify(n)}${i === names.length - 1 ? ';' : ''}`),
    ].join('\n'),
    [
      '/** Maps each schema name to the TypeScript type of a document valid against it. */',
      'export interface SchemaTypes {',
      ...names.map((n) => `  ${n}: ${typeNames.get(n)};`),
      '}',
    ].join('\n'),
  ].join('\n\n') + '\n';
  return { text, typeNames, declared: new Set(decls.keys()) };
}

const lit = (s) => `'${String(s).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const prop = (s) => (/^[A-Za-z_$][\w$]*$/.test(s) ? s : lit(s));
/** A doc comment of one line of text, or of several when it carries tags (a tag must start its own line). */
const comment = (text, indent, tags = []) => {
  const clean = String(text || '').replace(/\*\//g, '*\\/').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ').trim();
  if (!tags.length) return clean ? `${indent}/** ${clean} */` : null;
  return [`${indent}/**`, ...(clean ? [`${indent} * ${clean}`] : []), ...tags.map((t) => `${indent} * @${t}`), `${indent} */`].join('\n');
};

/** The TypeScript type of one parameter's value. */
function paramType(p, typeNames) {
  if (p.type === 'schema') return typeNames.get(p.schema);
  if (p.type === 'file') return 'UploadFile';
  if (p.type === 'array') return 'string | string[]';
  if (p.enum) {
    const forms = p.enum.map(lit);
    for (const v of p.enum) {
      if (/^-?\d+(\.\d+)?$/.test(v)) forms.push(v);
    }
    if (p.enum.indexOf('true') !== -1 && p.enum.indexOf('false') !== -1) forms.push('boolean');
    return forms.join(' | ');
  }
  // As lib/validate.ts mustBeString: path and header values, and required ids in a query.
  const strict = p.in === 'path' || p.in === 'header' || (p.in === 'query' && p.required && /Id$/.test(p.name));
  return strict ? 'string' : 'string | number | boolean';
}

/** The result of an action: its success answers' types (a union where it has several). */
function resultType(action, typeNames) {
  if (action.transport === 'eventStream') return 'EventSourceLike';
  const types = [];
  for (const r of action.responses) {
    const t = r.schema ? typeNames.get(r.schema) : 'undefined';
    if (types.indexOf(t) === -1) types.push(t);
  }
  return types.length ? types.join(' | ') : 'undefined';
}

function apiTypes(tables, typeNames, declared) {
  const out = [banner(COMMAND, 'lib/actions/table/*.json and schemas/*.json')];
  const used = new Set();
  const resourceLines = [];
  const paramsMapLines = [];
  const resultMapLines = [];
  const taken = new Set(declared);
  const claim = (name) => {
    if (taken.has(name)) throw new Error(`generated type name ${name} is taken twice`);
    taken.add(name);
    return name;
  };
  for (const { name: resource, table } of tables) {
    const R = pascal(resource);
    const api = claim(`${R}Api`);
    const paramsMap = claim(`${R}ParamsMap`);
    const resultMap = claim(`${R}ResultMap`);
    const blocks = [];
    const apiLines = [];
    const pm = [];
    const rm = [];
    for (const actionName of Object.keys(table.actions)) {
      const a = table.actions[actionName];
      const P = claim(`${R}${pascal(actionName)}Params`);
      const lines = [comment(`Params of \`client.${resource}.${actionName}\`: ${a.title}.`, ''), `export interface ${P} extends HalParams {`];
      for (const p of a.params) {
        const t = paramType(p, typeNames);
        for (const n of t.split(' | ')) if (/^[A-Z]/.test(n)) used.add(n);
        // A parameter the description marks deprecated is struck through in editors.
        const doc = comment(p.description, '  ', p.deprecated ? ['deprecated'] : []);
        if (doc) lines.push(doc);
        // A body left out is sent as `{}` (lib/validate.ts): optional wherever `{}` is valid.
        const optional = !p.required || (p.in === 'body' && acceptsEmptyObject(p.schema));
        lines.push(`  ${prop(p.name)}${optional ? '?' : ''}: ${t};`);
      }
      lines.push('}');
      blocks.push(lines.filter((l) => l !== null).join('\n'));
      const result = resultType(a, typeNames);
      for (const n of result.split(' | ')) if (/^[A-Z]/.test(n)) used.add(n);
      const doc = comment(`${a.title}: ${a.description}`, '  ');
      if (doc) apiLines.push(doc);
      const paging = pagingOf(a);
      const method = paging ? `PagedMethod<${P}, ${result}, ${lit(paging.shape)}>` : `ActionMethod<${P}, ${result}>`;
      apiLines.push(`  readonly ${prop(actionName)}: ${method};`);
      pm.push(`  ${prop(actionName)}: ${P};`);
      rm.push(`  ${prop(actionName)}: ${result};`);
    }
    blocks.push([comment(`The actions of \`client.${resource}\`.`, ''), `export interface ${api} {`, ...apiLines, '}'].filter((l) => l !== null).join('\n'));
    blocks.push([`/** The params type of each action of \`client.${resource}\`. */`, `export interface ${paramsMap} {`, ...pm, '}'].join('\n'));
    blocks.push([`/** The result type of each action of \`client.${resource}\`. */`, `export interface ${resultMap} {`, ...rm, '}'].join('\n'));
    out.push(...blocks);
    resourceLines.push(`  readonly ${prop(resource)}: ${api};`);
    paramsMapLines.push(`  ${prop(resource)}: ${paramsMap};`);
    resultMapLines.push(`  ${prop(resource)}: ${resultMap};`);
  }
  out.push(['/** Every resource of the API, as properties of a client. */', 'export interface Resources {', ...resourceLines, '}'].join('\n'));
  out.push(['/** Resource → action → params type (behind `Params<R, A>`). */', 'export interface ParamsByResource {', ...paramsMapLines, '}'].join('\n'));
  out.push(['/** Resource → action → result type (behind `Result<R, A>`). */', 'export interface ResultsByResource {', ...resultMapLines, '}'].join('\n'));
  const schemaImports = [...used].filter((n) => declared.has(n)).sort();
  const head = [
    "import type { ActionMethod, EventSourceLike, HalParams, UploadFile } from '../types';",
    "import type { PagedMethod } from '../pagination/types';",
    `import type {\n${schemaImports.map((n) => `  ${n},`).join('\n')}\n} from './schema-types';`,
  ];
  return [out[0], head.join('\n'), ...out.slice(1)].join('\n\n') + '\n';
}

let acceptsEmptyObject;

/** Whether `{}` is valid against the named schema, as Ajv (and so lib/validation/check.ts) judges it. */
function emptyObjectChecker(all) {
  const ajv = new Ajv({ strict: false, allowUnionTypes: true, validateFormats: false });
  for (const { schema } of all) ajv.addSchema(schema);
  return (name) => ajv.getSchema(all.find((s) => s.name === name).schema.$id)({});
}

async function main() {
  const all = loadSchemas();
  acceptsEmptyObject = emptyObjectChecker(all);
  // Every published schema gets its type, used by an action or not, so that a schema an action
  // stops using (1.30.0's data.export takes devicesDataExport, no more dataExport) keeps its
  // type for code that imports it; one whose title an action's schema already names has none.
  const used = usedSchemaNames(all);
  const titles = new Set(all.filter((s) => used.has(s.name)).map((s) => s.schema.title));
  const { text, typeNames, declared } = await schemaTypes(all.filter((s) => used.has(s.name) || !titles.has(s.schema.title)));
  const check = process.argv.includes('--check');
  const api = apiTypes(loadTables(), typeNames, declared);
  const argv = check ? ['--check'] : [];
  writeOrCheck(join(GENERATED_DIR, 'schema-types.ts'), text, COMMAND, argv);
  writeOrCheck(join(GENERATED_DIR, 'api.ts'), api, COMMAND, argv);
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
