// docs/<resource>.md: the reference page of one resource, in the seed's layout
// (test/fixtures/seed/org-actions.md), with what every action has in common said once.
import { actionSection } from './action-md.mjs';
import { exampleParams } from './example-js.mjs';
import { andList, code, slug } from './markdown.mjs';
import { banner, filePathPlaceholder, placeholder, resourceTitle } from './names.mjs';

/** The placeholders of the page's examples, in order of first use, each with what it stands for. */
function placeholders(actions) {
  const seen = new Map();
  for (const name of Object.keys(actions)) {
    for (const p of exampleParams(actions[name])) {
      const key = p.type === 'file' ? filePathPlaceholder(p.name) : placeholder(p.name);
      if (!seen.has(key)) seen.set(key, p.type === 'file' ? 'path' : p.schema ? 'object' : 'value');
    }
  }
  return seen;
}

/** "…, and `myOrgId` and `myInvite` stand for your own values: …" (the end of the intro's sentence about `client`). */
function placeholderSentence(actions) {
  const names = placeholders(actions);
  if (!names.size) return ['`createClient({ accessToken: \'…\' })` (see the [README](../README.md)); every parameter here is optional.'];
  const kinds = new Set(names.values());
  const notes = [];
  if (kinds.has('value')) notes.push('ids and strings like those in the Example column of the parameters tables');
  if (kinds.has('object')) notes.push('objects like the examples in [_schemas.md](_schemas.md)');
  if (kinds.has('path')) notes.push('the path of a file to upload');
  return [
    "`createClient({ accessToken: '…' })` (see the [README](../README.md)), and",
    `${andList(Array.from(names.keys()).map(code))} stand for your own values:`,
    `${notes.join('; ')}.`,
  ];
}

/** The query values (`_actions=false`, …) the actions send by default, said once for the page. */
function queryDefaultsBullet(resource, actions) {
  const texts = new Map();
  for (const name of Object.keys(actions)) {
    const defaults = actions[name].queryDefaults;
    const text = Object.keys(defaults).map((k) => code(`${k}=${defaults[k]}`)).join(', ');
    if (!texts.has(text)) texts.set(text, []);
    texts.get(text).push(name);
  }
  const sent = Array.from(texts.keys()).filter(Boolean);
  if (sent.length > 1) throw new Error(`${resource}: the actions send different query defaults; say which in resource-md.mjs`);
  if (!sent.length) return [];
  const without = texts.get('') || [];
  return [
    `*   Every request also carries the query values ${sent[0]}; a`,
    '    parameter of the same name (`params._links = false`) replaces the value.' +
      (without.length ? ` The streams (${andList(without.map(code))}) send none.` : ''),
  ];
}

function intro(resource, actions) {
  const title = resourceTitle(resource);
  return [
    `# ${title} Actions`,
    '',
    'Details on the various actions that can be performed on the',
    `${title} resource, including the expected`,
    'parameters and the potential responses.',
    '',
    'In the examples, `client` is a client made with',
    ...placeholderSentence(actions),
    '',
    '#### Common to every action',
    '',
    `*   Call it as \`client.${resource}.<action>(params, [options], [callback])\`. With a`,
    '    callback it returns `undefined` and calls back once with `(err)` or',
    '    `(null, result)`; without one it returns a promise.',
    '*   `options` overrides the client\'s options for this call only (`accessToken`, `url`,',
    '    `timeout`, `acceptVersion`, `retries`, …, plus `signal` to cancel): see',
    '    [Options](guide/options.md).',
    '*   Parameters are checked before anything is sent: a missing required parameter, a',
    '    value outside the accepted ones, or a body that does not match its schema fails',
    '    with a `LosantError` of `type` `\'Validation\'` naming the `field`. The client',
    '    option `validate: false` turns this off.',
    ...queryDefaultsBullet(resource, actions),
    '*   Every failure is a `LosantError` with `message`, `statusCode` (when the server',
    '    answered), `type` and `code`: see [Errors](guide/errors.md).',
    '',
    '##### Contents',
    '',
    ...Object.keys(actions).map((name) => `*   [${actions[name].title}](#${slug(actions[name].title)})`),
    '',
  ].join('\n');
}

export function renderResourceMd({ name, actions }, inputs) {
  const sections = Object.keys(actions).map((action) => actionSection(name, action, actions[action], inputs));
  const head = `${banner(`lib/actions/table/${name}.json and schemas/*.json`)}\n${intro(name, actions)}`;
  return `${head}\n<br/>\n\n${sections.join('\n\n<br/>\n\n')}\n`;
}
