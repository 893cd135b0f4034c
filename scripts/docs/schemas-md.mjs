// docs/_schemas.md: the index of every wire type. For each schema: its file, the
// TypeScript type the package exports for it, the actions that use it and how; for the
// schemas a caller sends (bodies, JSON query values, form fields), an example, made by
// the package's own synthesizer (the schemas carry no examples) and checked by the tests.
// The Example column of every parameters table links to those examples.
import { banner, pageFile } from './names.mjs';
import { anchorMaker, andList, code, fence, link, slug } from './markdown.mjs';

const TITLE = 'Schemas';

/** The schemas some action takes as a parameter: the ones that get an example. */
export function requestSchemaNames(resources) {
  const names = new Set();
  for (const { actions } of resources) {
    for (const action of Object.values(actions)) for (const p of action.params) if (p.schema) names.add(p.schema);
  }
  return names;
}

/** By title, ignoring case ("API Token" among the "A…"s), then by file: plain code-unit order, so no locale decides. */
function byTitle(a, b) {
  const [x, y] = [a.title.toLowerCase(), b.title.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * The page's order and anchors: schemas by title, each `## Title` then, for a request
 * schema, `### Title Example`. Anchors follow GitHub's rule for repeated headings, so two
 * schemas of the same title (the description has one such pair) get distinct anchors.
 */
export function schemaLayout({ schemas, resources }) {
  const requests = requestSchemaNames(resources);
  const anchor = anchorMaker();
  anchor(TITLE);
  anchor('Contents');
  return schemas.slice().sort(byTitle).map((schema) => ({
    schema,
    anchor: anchor(schema.title),
    exampleAnchor: requests.has(schema.name) ? anchor(`${schema.title} Example`) : undefined,
  }));
}

/** Schema name → the anchor of its example, for the parameters tables. */
export function exampleAnchors(layout) {
  const out = {};
  for (const entry of layout) if (entry.exampleAnchor) out[entry.schema.name] = entry.exampleAnchor;
  return out;
}

/** Each use of each schema: "[device.sendState](device.md#send-state) (body `deviceState`)". */
function usesBySchema(resources) {
  const uses = {};
  const add = (schema, text) => (uses[schema] || (uses[schema] = [])).push(text);
  const allRefs = [];
  const errorUses = {};
  for (const { name: resource, actions } of resources) {
    for (const name of Object.keys(actions)) {
      const action = actions[name];
      const ref = link(`${resource}.${name}`, `${pageFile(resource)}#${slug(action.title)}`);
      allRefs.push(ref);
      const where = { body: 'body', query: 'query', formData: 'form field' };
      for (const p of action.params) if (p.schema) add(p.schema, `${ref} (${where[p.in] || p.in} ${code(p.name)})`);
      for (const r of action.responses) if (r.schema) add(r.schema, `${ref} (${r.status} response)`);
      for (const e of action.events || []) add(e.schema, `${ref} (event ${code(e.event)})`);
      for (const schema of new Set(action.errors.map((r) => r.schema))) {
        (errorUses[schema] || (errorUses[schema] = [])).push(ref);
      }
    }
  }
  for (const schema of Object.keys(errorUses)) {
    const refs = errorUses[schema];
    // The error schema answers nearly every action: naming the exceptions says more than 328 links.
    if (refs.length > allRefs.length / 2) {
      const others = allRefs.filter((ref) => refs.indexOf(ref) === -1);
      add(schema, `the error responses of every action${others.length ? ` but ${andList(others)}` : ''}`);
    } else for (const ref of refs) add(schema, `${ref} (error response)`);
  }
  return uses;
}

function section({ schema, exampleAnchor }, uses, example) {
  const type = schema.tsName
    ? `TypeScript: ${code(schema.tsName)} (also ${code(`SchemaTypes['${schema.name}']`)}).`
    : 'TypeScript: none (no action uses this schema).';
  const used = uses[schema.name] ? uses[schema.name].join(', ') : 'no action (published with the API description)';
  const lines = [
    `## ${schema.title}`,
    '',
    `File: ${link(`schemas/${schema.file}`, `../schemas/${schema.file}`)}. ${type}`,
    '',
    `Used by: ${used}.`,
  ];
  if (exampleAnchor) {
    lines.push('', `### ${schema.title} Example`, '', fence('json', JSON.stringify(example(schema.name), null, 2)));
  }
  return lines.join('\n');
}

export function renderSchemasMd(inputs, layout) {
  const uses = usesBySchema(inputs.resources);
  const head = [
    banner('lib/actions/table/*.json and schemas/*.json'),
    `# ${TITLE}`,
    '',
    `The JSON Schema of every request and response of the API (see the [resources](README.md)), one file each in`,
    '[`schemas/`](../schemas) (shipped with the package), with the TypeScript type the package exports for it and',
    'the actions that use it. The schemas a caller sends (bodies, JSON query values, form fields) have an example:',
    'a document made from the schema with every optional field filled in, valid against it (the tests check that).',
    '',
    '##### Contents',
    '',
    ...layout.map((entry) => `*   [${entry.schema.title}](#${entry.anchor})`),
    '',
  ].join('\n');
  const sections = layout.map((entry) => section(entry, uses, inputs.example));
  return `${head}\n<br/>\n\n${sections.join('\n\n<br/>\n\n')}\n`;
}
