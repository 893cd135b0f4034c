// docs/_schemas.md: every wire type with its examples and its full schema.
// org.md links to the example headings made here (`#organization-patch-example`).
import { exampleHeading } from './action-md.mjs';
import { andList, code, fence, link, slug } from './markdown.mjs';
import { BANNER } from './org-md.mjs';

/** "Used by" links back to org.md: which actions send or return this type. */
function usedBy(schema, actions) {
  if (schema.name === 'error') return 'the error responses of every action';
  const uses = [];
  for (const name of Object.keys(actions)) {
    const action = actions[name];
    const anchor = link(action.title, `org.md#${slug(action.title)}`);
    for (const p of Object.keys(action.params)) {
      if (action.params[p].in === 'body' && action.params[p].type === schema.name) uses.push(`${anchor} (body \`${p}\`)`);
    }
    if (action.success.type === schema.name) uses.push(`${anchor} (response)`);
  }
  return uses.length ? andList(uses) : 'no action';
}

function section(schema, actions) {
  const examples = schema.examples.map((value, i) => [
    `### ${exampleHeading(schema, i)}`,
    '',
    fence('json', JSON.stringify(value, null, 2)),
    '',
  ].join('\n'));
  return [
    `## ${schema.title}`,
    '',
    schema.description,
    '',
    `File: ${link(`schemas/${schema.file}`, `../schemas/${schema.file}`)}. ` +
      `TypeScript: ${code(schema.tsName)} (also ${code(`SchemaTypes['${schema.name}']`)}). ` +
      `Used by: ${usedBy(schema, actions)}.`,
    '',
    ...examples,
    '<details>',
    `<summary>${schema.title} Schema</summary>`,
    '',
    fence('json', JSON.stringify(schema.schema, null, 2)),
    '',
    '</details>',
  ].join('\n');
}

export function renderSchemasMd({ schemas, actions }) {
  const head = [
    BANNER,
    '# Schemas',
    '',
    'The JSON Schema of every request body and response of the Org actions (see',
    '[org.md](org.md)), with examples. The schema files ship with the package in',
    '`schemas/`; the TypeScript types of the same names are exported by the package.',
    'Every example below is checked against its schema by the tests.',
    '',
    '##### Contents',
    '',
    ...schemas.map((s) => `*   [${s.title}](#${slug(s.title)})`),
    '',
  ].join('\n');
  return `${head}\n<br/>\n\n${schemas.map((s) => section(s, actions)).join('\n\n<br/>\n\n')}\n`;
}
