// The two lists of resources: docs/README.md (the reference's index page) and the
// part of the top-level README.md between the resource-list markers.
import { code, link, slug, table } from './markdown.mjs';
import { banner, pageFile } from './names.mjs';

export const README_BEGIN = '<!-- BEGIN resource list: GENERATED, DO NOT EDIT. Regenerate with: npm run build:docs -->';
export const README_END = '<!-- END resource list -->';

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

/** README.md's list: one row per resource, every action linked to its section. */
export function renderReadmeList({ resources }) {
  const rows = resources.map((r) => [
    link(code(r.name), `docs/${pageFile(r.name)}`),
    Object.keys(r.actions).map((a) => link(code(a), `docs/${pageFile(r.name)}#${slug(r.actions[a].title)}`)).join(', '),
  ]);
  return [README_BEGIN, table(['Resource', 'Actions'], rows), README_END].join('\n');
}

/** README.md with its resource list replaced; the markers must be there exactly once, in order. */
export function spliceReadme(readme, list) {
  const begin = readme.indexOf(README_BEGIN);
  const end = readme.indexOf(README_END);
  if (begin === -1 || end === -1 || end < begin || readme.indexOf(README_BEGIN, begin + 1) !== -1) {
    throw new Error(`README.md needs one resource list between the lines\n  ${README_BEGIN}\n  ${README_END}`);
  }
  return readme.slice(0, begin) + list + readme.slice(end + README_END.length);
}
