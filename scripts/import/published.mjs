// Reads an API description in the form Losant publishes it — a folder holding `apiInfo.json`,
// `schemas/*.json`, `docs/<resource>.md` and `SOURCE.md` (see ../shared/api/losant-rest-js/) —
// into the description the normalizer takes: `{ apiVersion, source, digest, resources: {
// <resource>: { actions: { <action>: { title, description, method, path, transport,
// queryDefaults, auth, scopes, denyOauthTokens?, params, responses, errors, events? } } } } }`.
//
// Where each fact comes from:
//   apiInfo.json   method; path (the resource's + the action's); each parameter's location
//                  (`multipart` is the table's `formData`), schema and published type; the
//                  statuses and schemas of the answers; the stream flag and its named events;
//                  `denyOauthTokens` (1.30.0: OAuth tokens may not call the action)
//   docs/*.md      titles and prose; `auth: none` ("No api access token is required"); the full
//                  scope list; the parameter table (its order, text, defaults, examples, schema
//                  titles); the titles and text of the answers (docs-pages.mjs). For an action
//                  the pages leave out, undocumented.mjs writes the page they would have.
//   SOURCE.md      the API version and the commit the folder was taken from (for the banner)
//   the rules of Losant's clients (the README beside the published folders):
//     transport     `sseStream` → eventStream; a parameter `in: multipart` → multipart; else json
//     queryDefaults `_actions=false&_links=true&_embedded=true` on every request but the streams'
//     encode        a `type: object` parameter in the query or a form field travels as JSON text
//     params        the resource's path parameters, then the action's, then the global
//                   `losantdomain` header
//
// Facts apiInfo.json has that the table does not keep: `audit`, `allowUnverified`, the
// resource's `auth` and `links`, and on parameters `pattern`, `minLength`, `maxLength`
// and `enum` (equal to the pages' "Accepted values",
// from which the normalizer derives it). Resource summaries are not published. Any other
// field fails the import, and so does a page that disagrees with apiInfo.json.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocsPage } from './docs-pages.mjs';
import { pageFacts, undocumentedAction } from './undocumented.mjs';

const RESOURCE_KEYS = ['path', 'params', 'actions', 'auth', 'links'];
const ACTION_KEYS = ['method', 'path', 'params', 'responses', 'summary', 'description', 'auth', 'sseStream', 'audit', 'allowUnverified', 'denyOauthTokens'];
const PARAM_KEYS = ['name', 'in', 'type', 'schema', 'required', 'description', 'default', 'example', 'enum', 'pattern', 'minLength', 'maxLength', 'deprecated'];
const ANSWER_KEYS = ['description', 'schema', 'sseEvents'];
const LOCATIONS = { path: 'path', query: 'query', header: 'header', body: 'body', multipart: 'formData' };
const QUERY_DEFAULTS = { _actions: false, _links: true, _embedded: true };
const DOMAIN = 'losantdomain';

/**
 * @param {string} dir  the published folder
 * @returns {{ apiVersion: string, source: string, digest: string, resources: object }}
 */
export function readPublished(dir) {
  const infoFile = join(dir, 'apiInfo.json');
  const infoText = readFileSync(infoFile, 'utf8');
  const info = JSON.parse(infoText);
  const { apiVersion, source } = readSource(join(dir, 'SOURCE.md'));
  const pages = {};
  for (const resource of Object.keys(info)) {
    const file = join(dir, 'docs', `${resource}.md`);
    if (!existsSync(file)) throw new Error(`${resource}: no reference page docs/${resource}.md`);
    pages[resource] = readDocsPage(readFileSync(file, 'utf8'), resource, `docs/${resource}.md`);
  }
  const facts = pageFacts(pages);
  const resources = {};
  for (const resource of Object.keys(info)) {
    resources[resource] = { actions: readResource(resource, info[resource], pages[resource], facts) };
  }
  const digest = createHash('sha256').update(infoText).digest('hex').slice(0, 16);
  return { apiVersion, source, digest, resources };
}

/** SOURCE.md names the version (`Accept-Version ^x.y.z`), the package and the commit it was taken from. */
function readSource(file) {
  if (!existsSync(file)) throw new Error(`${file}: missing (it names the API version and where the description was taken from)`);
  const text = readFileSync(file, 'utf8');
  const version = /Accept-Version \^?(\d+\.\d+\.\d+)/.exec(text);
  const pkg = /package version (\d+\.\d+\.\d+)/.exec(text);
  const commit = /at commit ([0-9a-f]{7,40})/.exec(text);
  if (!version || !pkg || !commit) throw new Error(`${file}: expected "at commit <sha> (package version <x.y.z>, Accept-Version ^<x.y.z>)"`);
  return { apiVersion: version[1], source: `losant-rest-js ${pkg[1]} at commit ${commit[1]}` };
}

function readResource(resource, published, page, facts) {
  checkKeys(published, RESOURCE_KEYS, resource, 'resource');
  for (const name of page.keys()) {
    if (!published.actions[name]) throw new Error(`docs/${resource}.md describes ${resource}.${name}, which apiInfo.json does not have`);
  }
  // The pages' order first (it is the order of the reference), then the actions they do not describe.
  const names = [...page.keys()].concat(Object.keys(published.actions).filter((n) => !page.has(n)));
  const actions = {};
  for (const name of names) {
    const at = `${resource}.${name}`;
    const action = published.actions[name];
    checkKeys(action, ACTION_KEYS, at, 'action');
    const doc = page.get(name) || undocumentedAction(at, published, name, page, facts);
    const params = readParams(published.params || [], action.params || [], doc, at);
    const answers = readAnswers(action, doc, at);
    const stream = action.sseStream === true;
    actions[name] = {
      title: doc.title,
      description: doc.description,
      method: action.method,
      path: published.path + (action.path || ''),
      transport: stream ? 'eventStream' : params.some((p) => p.in === 'formData') ? 'multipart' : 'json',
      queryDefaults: stream ? {} : { ...QUERY_DEFAULTS },
      auth: doc.auth,
      scopes: doc.scopes,
      // OAuth tokens may not call it, whatever their scopes (managing one's own tokens).
      ...(action.denyOauthTokens ? { denyOauthTokens: true } : {}),
      params,
      responses: answers.filter((a) => a.status < 400),
      errors: answers.filter((a) => a.status >= 400),
      ...(answers.events ? { events: answers.events } : {}),
    };
  }
  return actions;
}

function readParams(resourceParams, actionParams, doc, at) {
  const published = new Map();
  for (const p of resourceParams.concat(actionParams)) {
    checkKeys(p, PARAM_KEYS, `${at}(${p.name})`, 'parameter');
    if (published.has(p.name)) throw new Error(`${at}: parameter ${p.name} appears twice`);
    published.set(p.name, p);
  }
  const rows = doc.params;
  for (const name of published.keys()) {
    if (!rows.some((r) => r.name === name)) throw new Error(`${at}: parameter ${name} is not in the reference page`);
  }
  return rows.map((row) => {
    const where = `${at}(${row.name})`;
    if (row.name === DOMAIN && !published.has(DOMAIN)) return param(row, { in: 'header', type: 'string' }, where);
    const p = published.get(row.name);
    if (!p) throw new Error(`${where}: in the reference page but not in apiInfo.json`);
    if (Boolean(p.required) !== row.required) throw new Error(`${where}: required ${Boolean(p.required)} in apiInfo.json, ${row.required} in the page`);
    return param(row, p, where);
  });
}

/** One parameter: where it travels from apiInfo.json, its text from the page. */
function param(row, p, at) {
  const location = LOCATIONS[p.in];
  if (!location) throw new Error(`${at}: unknown location ${p.in}`);
  const schema = p.schema ? schemaName(p.schema, at) : undefined;
  const type = schema ? 'schema' : p.type || 'undefined';
  if (row.type !== type || row.schema !== schema) {
    throw new Error(`${at}: type ${schema || type} in apiInfo.json, ${row.schema || row.type} in the page`);
  }
  const out = { name: row.name, in: location };
  if (p.type === 'object' && (location === 'query' || location === 'formData')) out.encode = 'json';
  out.type = type;
  if (schema) {
    out.schema = schema;
    out.schemaTitle = row.schemaTitle;
  }
  out.required = row.required;
  out.description = row.description;
  if (row.default !== '') out.default = row.default;
  // A schema parameter's example is a link to the schema's example; "undefined" is the page's blank.
  if (!schema && row.example !== '' && row.example !== 'undefined') out.example = row.example;
  // Kept so the types can mark it (`@deprecated`); the page's text says it too.
  if (p.deprecated === true) out.deprecated = true;
  return out;
}

function readAnswers(action, doc, at) {
  const answers = [];
  let events;
  for (const status of Object.keys(action.responses)) {
    const published = action.responses[status];
    checkKeys(published, ANSWER_KEYS, `${at} ${status}`, 'answer');
    if (published.sseEvents) {
      events = Object.keys(published.sseEvents).map((event) => ({
        event,
        description: published.sseEvents[event].description,
        schema: schemaName(published.sseEvents[event].schema, `${at} event ${event}`),
      }));
      continue;
    }
    const row = doc.answers.find((a) => a.status === Number(status));
    if (!row) throw new Error(`${at}: answer ${status} is not in the reference page`);
    const schema = published.schema ? schemaName(published.schema, `${at} ${status}`) : undefined;
    if (row.schema !== schema) throw new Error(`${at}: answer ${status} is ${schema} in apiInfo.json, ${row.schema} in the page`);
    answers.push({ status: Number(status), title: row.title, ...(schema ? { schema } : {}), description: row.description });
  }
  if (doc.answers.length !== answers.length) throw new Error(`${at}: the reference page lists answers apiInfo.json does not have`);
  // The page's order.
  answers.sort((a, b) => doc.answers.findIndex((r) => r.status === a.status) - doc.answers.findIndex((r) => r.status === b.status));
  if (events) answers.events = events;
  return answers;
}

/** `{ "$ref": "#/definitions/org" }` → `org`. */
function schemaName(ref, at) {
  const m = ref && /^#\/definitions\/([A-Za-z0-9]+)$/.exec(ref.$ref);
  if (!m) throw new Error(`${at}: schema ${JSON.stringify(ref)} is not a #/definitions/<name> reference`);
  return m[1];
}

function checkKeys(object, known, at, kind) {
  for (const key of Object.keys(object)) {
    if (known.indexOf(key) === -1) throw new Error(`${at}: unknown ${kind} field "${key}"`);
  }
}
