// One action's section of docs/org.md. The seed (../shared/seed/org-actions.md)
// fixes the wording, the code sample and the tables; everything else added
// here is derived from the same table entry, so nothing can drift.
import { code, fence, link, orList, slug, table, andList } from './markdown.mjs';

const SCHEMA_DIR = '../schemas';

/** The placeholder a reader replaces: `orgId` → `myOrgId`, as the seed names them. */
export function placeholder(paramName) {
  return `my${paramName[0].toUpperCase()}${paramName.slice(1)}`;
}

export function schemaLink(schema) {
  return link(schema.title, `${SCHEMA_DIR}/${schema.file}`);
}

/** The anchor in _schemas.md of a schema's first example (docs/_schemas.md makes the same heading). */
export function exampleHeading(schema, index = 0) {
  return `${schema.title} Example${index === 0 ? '' : ` ${index + 1}`}`;
}

function example(name, action) {
  const required = Object.keys(action.params).filter((p) => action.params[p].required);
  const call = `client.org.${name}`;
  return [
    'var params = {',
    required.map((p) => `  ${p}: ${placeholder(p)}`).join(',\n'),
    '};',
    '',
    '// with callbacks',
    `${call}(params, function (err, result) {`,
    '  if (err) { return console.error(err); }',
    '  console.log(result);',
    '});',
    '',
    '// with promises',
    `${call}(params)`,
    '  .then(console.log)',
    '  .catch(console.error);',
    '',
    '// with async/await',
    'async function main() {',
    `  const result = await ${call}(params);`,
    '  console.log(result);',
    '}',
    'main().catch(console.error);',
  ].join('\n');
}

function wireLine(action) {
  const where = { query: [], header: [], body: [] };
  for (const p of Object.keys(action.params)) {
    const spec = action.params[p];
    if (where[spec.in]) where[spec.in].push(code(p));
  }
  const parts = [];
  if (where.query.length) parts.push(`query ${andList(where.query)}`);
  if (where.header.length) parts.push(`header ${andList(where.header)}`);
  if (where.body.length) parts.push(`JSON body ${andList(where.body)}`);
  return `HTTP request: ${code(`${action.method} ${action.path}`)}` + (parts.length ? `, with ${parts.join('; ')}.` : '.');
}

function typesLine(name, action, byName) {
  const result = byName[action.success.type];
  return `Resolves to ${schemaLink(result)} (TypeScript: ${code(`OrgResult<'${name}'>`)}, i.e. ${code(result.tsName)}); ` +
    `with a callback, \`result\` is that value. Params type: ${code(`OrgParams<'${name}'>`)}.`;
}

function paramRows(action, byName) {
  return Object.keys(action.params).map((p) => {
    const spec = action.params[p];
    const isBody = spec.in === 'body';
    const schema = isBody ? byName[spec.type] : undefined;
    return [
      p,
      isBody ? schemaLink(schema) : spec.type,
      spec.required ? 'Y' : 'N',
      spec.description,
      spec.default !== undefined ? spec.default : '',
      isBody ? link(exampleHeading(schema), `_schemas.md#${slug(exampleHeading(schema))}`) : spec.example || '',
    ];
  });
}

export function actionSection(name, action, { scopesFor, byName }) {
  const error = byName.error;
  const scopes = scopesFor('org', name, action);
  return [
    `## ${action.title}`,
    '',
    action.description,
    '',
    fence('javascript', example(name, action)),
    '',
    typesLine(name, action, byName),
    '',
    wireLine(action),
    '',
    '#### Authentication',
    'The client must be configured with a valid api access token to call this',
    'action. The token must include at least one of the following scopes:',
    `${orList(scopes)}.`,
    '',
    '#### Available Parameters',
    '',
    table(['Name', 'Type', 'Required', 'Description', 'Default', 'Example'], paramRows(action, byName)),
    '',
    '#### Successful Responses',
    '',
    table(['Code', 'Type', 'Description'], [
      [String(action.success.status), schemaLink(byName[action.success.type]), action.success.description],
    ]),
    '',
    '#### Error Responses',
    '',
    table(['Code', 'Type', 'Description'],
      Object.keys(action.errors).map((status) => [status, schemaLink(error), action.errors[status]])),
  ].join('\n');
}
