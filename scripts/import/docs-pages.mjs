// Reads one of Losant's generated reference pages (docs/<resource>.md) into the facts that
// apiInfo.json does not carry: each action's title, prose, whether it needs a token, the
// full list of scopes that allow it, the parameter table (schema titles, the published order)
// and the titles of its answers. Sections are matched to actions by their example call
// (`client.<resource>.<action>(`), never by title.
//
// The pages are generated, so their shape is fixed; anything else fails the import rather
// than being guessed at.

const PARAM_COLUMNS = ['Name', 'Type', 'Required', 'Description', 'Default', 'Example'];
const ANSWER_COLUMNS = ['Code', 'Type', 'Description'];
const NO_TOKEN = 'No api access token is required to call this action.';
const SCOPES_LEAD = /The token must include at least one of the following scopes:\s*([\s\S]*?)\.\s*$/;

/**
 * @param {string} text      the page
 * @param {string} resource  the resource it describes
 * @returns {Map<string, object>} action name → { title, description, auth, scopes, params, answers }
 */
export function readDocsPage(text, resource, file) {
  const actions = new Map();
  const sections = text.split(/^## /m).slice(1);
  for (const section of sections) {
    const title = section.slice(0, section.indexOf('\n')).trim();
    const at = `${file} "${title}"`;
    const call = new RegExp(`client\\.${resource}\\.([A-Za-z0-9]+)\\(`).exec(section);
    if (!call) throw new Error(`${at}: no example call of client.${resource}.<action>`);
    if (actions.has(call[1])) throw new Error(`${at}: a second section for ${resource}.${call[1]}`);
    const parts = headedParts(section, at);
    actions.set(call[1], {
      title,
      description: prose(parts[''], at),
      ...authentication(parts.Authentication, at),
      params: rows(parts['Available Parameters'], PARAM_COLUMNS, at).map(param),
      answers: rows(parts['Successful Responses'], ANSWER_COLUMNS, at)
        .concat(rows(parts['Error Responses'], ANSWER_COLUMNS, at))
        .map(answer),
    });
  }
  return actions;
}

/** The section's text split at its `#### ` headings; '' is the text before the first. */
function headedParts(section, at) {
  const parts = {};
  const chunks = section.slice(section.indexOf('\n') + 1).split(/^#### /m);
  parts[''] = chunks[0];
  for (const chunk of chunks.slice(1)) {
    const heading = chunk.slice(0, chunk.indexOf('\n')).trim();
    parts[heading] = chunk.slice(chunk.indexOf('\n') + 1);
  }
  for (const heading of ['Authentication', 'Available Parameters', 'Successful Responses', 'Error Responses']) {
    if (parts[heading] === undefined) throw new Error(`${at}: no "#### ${heading}"`);
  }
  return parts;
}

/** The paragraphs before the example, as one line each (the page wraps nothing, but may). */
function prose(text, at) {
  const before = text.split(/^```/m)[0].trim();
  if (!before) throw new Error(`${at}: no description`);
  return before.split(/\n\s*\n/).map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).join('\n\n');
}

function authentication(text, at) {
  const body = text.trim();
  if (body === NO_TOKEN) return { auth: 'none', scopes: [] };
  const m = SCOPES_LEAD.exec(body.replace(/\s*\n\s*/g, ' '));
  if (!m) throw new Error(`${at}: authentication text not recognised: ${JSON.stringify(body.slice(0, 80))}`);
  const scopes = m[1].split(/,\s*(?:or\s+)?|\s+or\s+/).map((s) => s.trim()).filter(Boolean);
  return { auth: 'token', scopes };
}

/** A markdown table with exactly these columns; its rows as arrays of cell text. */
function rows(text, columns, at) {
  const lines = text.split('\n').filter((l) => l.startsWith('|'));
  if (!lines.length) return [];
  const cells = (line) => line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((c) => c.trim());
  const head = cells(lines[0]);
  if (head.join() !== columns.join()) throw new Error(`${at}: table columns ${head.join(', ')}; expected ${columns.join(', ')}`);
  return lines.slice(2).map((line) => {
    const row = cells(line);
    if (row.length !== columns.length) throw new Error(`${at}: table row of ${row.length} cells: ${line}`);
    return row;
  });
}

const LINK = /^\[([^\]]+)\]\(([^)]+)\)$/;

function param([name, type, required, description, def, example]) {
  const link = LINK.exec(type);
  return {
    name,
    type: link ? 'schema' : type,
    ...(link ? { schemaTitle: link[1], schema: schemaOf(link[2]) } : {}),
    required: required === 'Y',
    description,
    default: def,
    example,
  };
}

function answer([code, type, description]) {
  const link = LINK.exec(type);
  return { status: Number(code), title: link ? link[1] : type, schema: link ? schemaOf(link[2]) : undefined, description };
}

/** `../lib/schemas/org.json` → `org`. */
function schemaOf(href) {
  const m = /([A-Za-z0-9]+)\.json$/.exec(href);
  return m ? m[1] : undefined;
}
