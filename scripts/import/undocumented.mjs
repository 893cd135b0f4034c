// The reference page Losant would have written for an action its pages leave out (1.25.0 and
// 1.30.0: the three Server-Sent Events streams), so that every action is read the same way.
// Its facts come from apiInfo.json, and where that has none, from what the pages say of
// the rest of the API:
//   title        from the name, as the pages title their sections (`stateStream` → `State Stream`)
//   prose        apiInfo.json's `summary` (or `description`)
//   scopes       the scope list most of the resource's documented GET actions share, with the
//                action's own scope (apiInfo.json's `auth`) last
//   parameters   apiInfo.json's, in its order, then the `losantdomain` header row of the pages
//   titles       each schema's title, as the pages link it elsewhere

const DOMAIN = 'losantdomain';

/** What the pages say once for the whole API: every schema's title, the global header's row. */
export function pageFacts(pages) {
  const schemaTitles = new Map();
  let domain;
  for (const page of Object.values(pages)) {
    for (const doc of page.values()) {
      for (const row of doc.answers.concat(doc.params)) {
        const title = row.title || row.schemaTitle;
        if (row.schema && !schemaTitles.has(row.schema)) schemaTitles.set(row.schema, title);
      }
      if (!domain) domain = doc.params.find((p) => p.name === DOMAIN);
    }
  }
  if (!domain) throw new Error(`no reference page documents the ${DOMAIN} header`);
  return { schemaTitles, domain };
}

/**
 * @param {string} at        `<resource>.<action>`
 * @param {object} resource  apiInfo.json's resource
 * @param {string} name      the action
 * @param {Map} page         the resource's page, read (docs-pages.mjs)
 * @param {object} facts     pageFacts()
 */
export function undocumentedAction(at, resource, name, page, facts) {
  const action = resource.actions[name];
  const own = action.auth || [];
  if (own.length !== 1) throw new Error(`${at}: not in the reference page, and its own scope is not known`);
  const reads = [...page.keys()]
    .filter((n) => resource.actions[n].method === 'GET' && page.get(n).auth === 'token')
    .map((n) => page.get(n).scopes.slice(0, -1));
  const titleOf = (schema) => (schema ? facts.schemaTitles.get(schema) || titleFromName(schema) : 'undefined');
  const params = (resource.params || []).concat(action.params || []).map((p) => {
    const schema = schemaName(p.schema);
    return {
      name: p.name,
      type: schema ? 'schema' : p.type || 'undefined',
      ...(schema ? { schemaTitle: titleOf(schema), schema } : {}),
      required: Boolean(p.required),
      description: p.description,
      default: text(p.default),
      example: text(p.example),
    };
  });
  const answers = Object.keys(action.responses)
    .filter((status) => !action.responses[status].sseEvents)
    .map((status) => {
      const schema = schemaName(action.responses[status].schema);
      return { status: Number(status), title: titleOf(schema), schema, description: action.responses[status].description };
    });
  return {
    title: titleFromName(name),
    description: action.summary || action.description,
    auth: 'token',
    scopes: mostShared(reads, at).concat(own),
    params: params.concat(facts.domain),
    answers,
  };
}

function mostShared(lists, at) {
  const counts = new Map();
  for (const list of lists) counts.set(list.join(), (counts.get(list.join()) || 0) + 1);
  let best = null;
  for (const [key, n] of counts) if (!best || n > best[1]) best = [key, n];
  if (!best) throw new Error(`${at}: not in the reference page, and no documented GET action to take its scopes from`);
  return best[0].split(',');
}

/** A value as the pages' tables print it. */
function text(value) {
  return value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value);
}

function schemaName(ref) {
  const m = ref && /^#\/definitions\/([A-Za-z0-9]+)$/.exec(ref.$ref);
  return m ? m[1] : undefined;
}

/** `stateStream` → `State Stream`, as the pages title their sections. */
export function titleFromName(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/^./, (c) => c.toUpperCase());
}
