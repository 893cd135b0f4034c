// Normalizes the actions of one published resource into the project's action table
// (lib/actions/table/<resource>.json). The published facts are kept as they are; the
// import adds only what those facts imply, by general rules applied everywhere:
//
//   accepted-values  a parameter whose description says "Accepted values are: a, b" gets
//                    `enum: ["a", "b"]` (checked before sending; an optional parameter may
//                    still be blank, which the API reads as "not given"), unless the
//                    parameter's own published example is not in that list: where the
//                    description contradicts itself (filterField "Accepted values are: name,
//                    status", example "key"), the client must not be stricter than the API,
//                    so no enum is derived (reported as accepted-values-contradicted)
//   boolean-flag     a parameter whose documented default is "true" or "false" gets
//                    `enum: ["true", "false"]` (booleans are accepted too)
//
// (How a value travels, `encode: "json"` for an object in the query or a form field, is a
// published fact the format reader sets: published.mjs.)

const ACTION_KEYS = ['title', 'description', 'method', 'path', 'transport', 'queryDefaults', 'auth', 'scopes', 'denyOauthTokens', 'params', 'responses', 'errors', 'events'];
const PARAM_KEYS = ['name', 'in', 'type', 'schema', 'schemaTitle', 'encode', 'enum', 'required', 'description', 'default', 'example', 'deprecated'];
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const LOCATIONS = ['path', 'query', 'header', 'body', 'formData'];
const TRANSPORTS = ['json', 'multipart', 'eventStream'];

/**
 * @param {string} resource
 * @param {object} published  { summary, actions }
 * @param {Set<string>} schemaNames
 * @returns {{ table: object, refinements: string[] }}
 */
export function normalizeResource(resource, published, schemaNames, comment) {
  const refinements = [];
  const actions = {};
  for (const name of Object.keys(published.actions)) {
    const at = `${resource}.${name}`;
    actions[name] = normalizeAction(published.actions[name], at, schemaNames, refinements);
  }
  return { table: { $comment: comment, name: resource, actions }, refinements };
}

function normalizeAction(action, at, schemaNames, refinements) {
  for (const key of Object.keys(action)) {
    if (ACTION_KEYS.indexOf(key) === -1) throw new Error(`${at}: unknown action field "${key}"`);
  }
  if (METHODS.indexOf(action.method) === -1) throw new Error(`${at}: unknown method ${action.method}`);
  if (TRANSPORTS.indexOf(action.transport) === -1) throw new Error(`${at}: unknown transport ${action.transport}`);
  const pathNames = (action.path.match(/\{[^}]+\}/g) || []).map((m) => m.slice(1, -1));
  const params = action.params.map((p) => normalizeParam(p, `${at}(${p.name})`, schemaNames, refinements));
  const seen = new Set();
  for (const p of params) {
    if (seen.has(p.name)) throw new Error(`${at}: parameter ${p.name} appears twice`);
    seen.add(p.name);
    if (p.in === 'path' && pathNames.indexOf(p.name) === -1) throw new Error(`${at}: path parameter ${p.name} is not in ${action.path}`);
  }
  for (const n of pathNames) {
    if (!params.some((p) => p.name === n && p.in === 'path')) throw new Error(`${at}: ${action.path} names {${n}}, which is no path parameter`);
  }
  if (params.filter((p) => p.in === 'body').length > 1) throw new Error(`${at}: more than one body parameter`);
  for (const list of ['responses', 'errors', 'events']) {
    for (const entry of action[list] || []) {
      if (entry.schema && !schemaNames.has(entry.schema)) throw new Error(`${at}: ${list} names schema ${entry.schema}, which does not exist`);
    }
  }
  const out = {};
  for (const key of ACTION_KEYS) {
    if (key === 'params') out.params = params;
    else if (action[key] !== undefined) out[key] = action[key];
  }
  return out;
}

function normalizeParam(param, at, schemaNames, refinements) {
  for (const key of Object.keys(param)) {
    if (PARAM_KEYS.indexOf(key) === -1) throw new Error(`${at}: unknown parameter field "${key}"`);
  }
  if (LOCATIONS.indexOf(param.in) === -1) throw new Error(`${at}: unknown location ${param.in}`);
  if (param.schema && !schemaNames.has(param.schema)) throw new Error(`${at}: schema ${param.schema} does not exist`);
  const out = { ...param };
  const accepted = /Accepted values are: ([^.]*?)\.?$/.exec(param.description || '');
  const listed = accepted ? accepted[1].split(',').map((v) => v.trim()).filter(Boolean) : [];
  if (accepted && !out.enum && param.example !== undefined && listed.indexOf(String(param.example)) === -1) {
    refinements.push(`${at}: accepted-values-contradicted`);
  } else if (accepted && !out.enum) {
    out.enum = listed;
    refinements.push(`${at}: accepted-values`);
  } else if ((param.default === 'true' || param.default === 'false') && !out.enum) {
    out.enum = ['true', 'false'];
    refinements.push(`${at}: boolean-flag`);
  }
  const ordered = {};
  for (const key of PARAM_KEYS) if (out[key] !== undefined) ordered[key] = out[key];
  return ordered;
}
