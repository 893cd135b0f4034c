// One action's section of docs/<resource>.md. The seed (test/fixtures/seed/org-actions.md)
// fixes the wording, the code sample and the tables; everything added here is derived
// from the same table entry, so nothing can drift.
import { exampleCode } from './example-js.mjs';
import { andList, code, decodeEntities, fence, link, orList, orWords, table } from './markdown.mjs';
import { pagingOf } from '../lib/paging.mjs';

const SCHEMA_DIR = '../schemas';

export const schemaLink = (title, name) => link(title, `${SCHEMA_DIR}/${name}.json`);

/**
 * The Type column. The description leaves a few query values untyped (`"type": "undefined"`);
 * the client takes them as it takes every optional query value, so they read `string`.
 */
function typeCell(p) {
  if (p.schema) return schemaLink(p.schemaTitle, p.schema);
  return p.type === 'undefined' ? 'string' : p.type;
}

function paramRows(action, exampleAnchors) {
  return action.params.map((p) => [
    p.name,
    typeCell(p),
    p.required ? 'Y' : 'N',
    decodeEntities(p.description),
    p.default !== undefined ? String(p.default) : '',
    p.schema ? link(`${p.schemaTitle} Example`, `_schemas.md#${exampleAnchors[p.schema]}`) : decodeEntities(p.example || ''),
  ]);
}

const answerRows = (answers) => answers.map((r) => [
  String(r.status),
  r.schema ? schemaLink(r.title, r.schema) : '(no body)',
  decodeEntities(r.description),
]);

/** "HTTP request: `POST /path`, with query `a`; JSON body `b`." — where each parameter goes. */
function wireLine(action) {
  const where = { query: [], formData: [], header: [], body: [] };
  for (const p of action.params) {
    if (where[p.in]) where[p.in].push(p.encode === 'json' ? `${code(p.name)} (as JSON text)` : code(p.name));
  }
  const parts = [];
  if (where.query.length) parts.push(`query ${andList(where.query)}`);
  if (where.body.length) parts.push(`JSON body ${andList(where.body)}`);
  if (where.formData.length) {
    parts.push(`multipart/form-data field${where.formData.length > 1 ? 's' : ''} ${andList(where.formData)}`);
  }
  if (where.header.length) parts.push(`header ${andList(where.header)}`);
  const stream = action.transport === 'eventStream' ? ' (a Server-Sent Events stream)' : '';
  return `HTTP request: ${code(`${action.method} ${action.path}`)}${stream}` + (parts.length ? `, with ${parts.join('; ')}.` : '.');
}

/** What the call resolves to, with the TypeScript names (`Result<'org', 'get'>`, i.e. `Organization`). */
function typesLine(resource, name, action, { byName, paramsTypes }) {
  const ref = `'${resource}', '${name}'`;
  const params = `Params type: ${code(`Params<${ref}>`)}, i.e. ${code(paramsTypes[`${resource}.${name}`])}.`;
  if (action.transport === 'eventStream') {
    return `Resolves to a stream with the W3C EventSource interface (TypeScript: ${code(`Result<${ref}>`)}, i.e. ` +
      `${code('EventSourceLike')}): ${['addEventListener', 'onmessage', 'onerror', 'close()', 'readyState', 'url'].map(code).join(', ')}. ` +
      'Each event\'s `data` is the JSON text of its type (see Stream Events). After a dropped connection it reconnects by ' +
      'itself, sending `Last-Event-ID`; `close()` ends it at once. With a callback, `stream` is that object. ' + params;
  }
  const results = action.responses.map((r) => (r.schema ? schemaLink(r.title, r.schema) : '`undefined` (no body)'));
  const tsNames = action.responses.map((r) => (r.schema ? byName[r.schema].tsName : 'undefined'));
  const which = results.length > 1 ? ', by the status of the answer' : '';
  return `Resolves to ${orWords(results)}${which} ` +
    `(TypeScript: ${code(`Result<${ref}>`)}, i.e. ${code(tsNames.join(' | '))}); with a callback, \`result\` is that value. ${params}`;
}

const PAGING_WORDS = { page: '`page` + `perPage`', offset: '`offset` + `limit`', cursor: '`startingAfterId` + `limit`, with `hasMore`' };

/** For a paged action (scripts/lib/paging.mjs): that `client.paginate` reads it whole, and the type of its items. */
function pagingLines(resource, name, action, { byName }) {
  const paging = pagingOf(action);
  if (!paging) return [];
  const item = paging.item && byName[paging.item] && byName[paging.item].tsName;
  const method = `client.${resource}.${name}`;
  return ['', `Answers a page at a time (${PAGING_WORDS[paging.shape]}); to read the list whole, ` +
    `${code(`client.paginate(${method}, params)`)} resolves to every item (TypeScript: ` +
    `${code(`${item || `PageItem<Result<'${resource}', '${name}'>>`}[]`)}) and ${code(`client.paginate.iterator(${method}, params)`)} ` +
    'gives the pages one by one ([Reading every page](../README.md#reading-every-page)).'];
}

function authentication(action) {
  if (action.auth === 'none') return ['#### Authentication', 'No api access token is needed to call this action.'];
  const lines = [
    '#### Authentication',
    'The client must be configured with a valid api access token to call this',
  ];
  if (!action.scopes.length) return lines.concat('action.');
  return lines.concat('action. The token must include at least one of the following scopes:', `${orList(action.scopes)}.`);
}

function answers(action, byName) {
  if (action.transport !== 'eventStream') {
    return ['#### Successful Responses', '', table(['Code', 'Type', 'Description'], answerRows(action.responses))];
  }
  return [
    '#### Stream Events',
    '',
    table(['Event', 'Type', 'Description'], action.events.map((e) => [
      e.event, schemaLink(byName[e.schema].title, e.schema), decodeEntities(e.description)])),
  ];
}

export function actionSection(resource, name, action, inputs) {
  return [
    `## ${action.title}`,
    '',
    decodeEntities(action.description),
    '',
    fence('javascript', exampleCode(resource, name, action)),
    '',
    typesLine(resource, name, action, inputs),
    ...pagingLines(resource, name, action, inputs),
    '',
    wireLine(action),
    '',
    ...authentication(action),
    '',
    '#### Available Parameters',
    '',
    table(['Name', 'Type', 'Required', 'Description', 'Default', 'Example'], paramRows(action, inputs.exampleAnchors)),
    '',
    ...answers(action, inputs.byName),
    '',
    '#### Error Responses',
    '',
    table(['Code', 'Type', 'Description'], answerRows(action.errors)),
  ].join('\n');
}
