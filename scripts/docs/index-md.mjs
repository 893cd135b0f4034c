// The two lists of resources: docs/README.md (the reference's index page) and the
// part of the actions guide (docs/guide/actions.md) between the resource-list markers.
import { code, link, slug, table } from './markdown.mjs';
import { banner, pageFile } from './names.mjs';

export const LIST_BEGIN = '<!-- BEGIN resource list: GENERATED, DO NOT EDIT. Regenerate with: npm run build:docs -->';
export const LIST_END = '<!-- END resource list -->';

const count = (resources) => resources.reduce((n, r) => n + Object.keys(r.actions).length, 0);

export function renderDocsIndex({ resources }) {
  return [
    banner('lib/actions/table/*.json'),
    '# API Reference',
    '',
    `Every resource of the API, ${resources.length} of them with ${count(resources)} actions, each called as`,
    '`client.<resource>.<action>(params, [options], [callback])`. Each page gives, for every action, an',
    'example, the token scopes, the parameters and the answers. The request and response types are in',
    '[_schemas.md](_schemas.md); the local emulator is described in [emulator.md](emulator.md).',
    '',
    table(['Resource', 'Actions'], resources.map((r) => [
      link(code(r.name), pageFile(r.name)),
      String(Object.keys(r.actions).length),
    ])),
    '',
  ].join('\n');
}

/** The page that holds the list of every resource and action, between the markers. */
export const ACTION_LIST_PAGE = 'docs/guide/actions.md';

/** The actions guide's list: one row per resource, every action linked to its section. */
export function renderActionList({ resources }) {
  const rows = resources.map((r) => [
    link(code(r.name), `../${pageFile(r.name)}`),
    Object.keys(r.actions).map((a) => link(code(a), `../${pageFile(r.name)}#${slug(r.actions[a].title)}`)).join(', '),
  ]);
  return [LIST_BEGIN, table(['Resource', 'Actions'], rows), LIST_END].join('\n');
}

/** The actions guide with its resource list replaced; the markers must be there exactly once, in order. */
export function spliceActionList(page, list) {
  const begin = page.indexOf(LIST_BEGIN);
  const end = page.indexOf(LIST_END);
  if (begin === -1 || end === -1 || end < begin || page.indexOf(LIST_BEGIN, begin + 1) !== -1) {
    throw new Error(`${ACTION_LIST_PAGE} needs one resource list between the lines\n  ${LIST_BEGIN}\n  ${LIST_END}`);
  }
  return page.slice(0, begin) + list + page.slice(end + LIST_END.length);
}
