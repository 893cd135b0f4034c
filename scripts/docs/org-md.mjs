// docs/org.md: the reference page of the Org actions, in the seed's layout.
import { actionSection } from './action-md.mjs';
import { code, slug } from './markdown.mjs';

export const BANNER =
  '<!-- GENERATED FILE — DO NOT EDIT. Source: lib/actions/org.ts and schemas/*.json. Regenerate with: npm run build:docs -->';

// Said once here rather than 13 times below; each sentence is what lib/ does.
function intro(names) {
  const hal = ['_actions=false', '_links=true', '_embedded=true'].map(code).join(', ');
  return [
    '# Org Actions',
    '',
    'Details on the various actions that can be performed on the',
    'Org resource, including the expected',
    'parameters and the potential responses.',
    '',
    'In the examples, `client` is a client made with',
    "`createClient({ accessToken: '…' })` (see the [README](../README.md)), and",
    '`myOrgId`, `myUserId`, `myInviteId`, `myInvite`, `myMember`, `myOrganization` and',
    '`myTransfer` stand for your own values (for the objects, see the examples in',
    '[_schemas.md](_schemas.md)).',
    '',
    '#### Common to every action',
    '',
    `*   Call it as \`client.org.<action>(params, [options], [callback])\`. With a`,
    '    callback it returns `undefined` and calls back once with `(err)` or',
    '    `(null, result)`; without one it returns a promise.',
    '*   `options` overrides the client\'s options for this call only (`accessToken`, `url`,',
    '    `timeout`, `acceptVersion`, `retries`, …, plus `signal` to cancel): see',
    '    [Options](../README.md#options).',
    '*   Parameters are checked before anything is sent: a missing required parameter, a',
    '    value outside the accepted ones, or a body that does not match its schema fails',
    '    with a `LosantError` of `type` `\'Validation\'` naming the `field`. The client',
    '    option `validate: false` turns this off.',
    `*   Every request also carries the query values ${hal}; a`,
    '    parameter of the same name (`params._links = false`) replaces the value.',
    '*   Every failure is a `LosantError` with `message`, `statusCode` (when the server',
    '    answered), `type` and `code`: see [Errors](../README.md#errors).',
    '',
    '##### Contents',
    '',
    ...names.map(([title]) => `*   [${title}](#${slug(title)})`),
    '',
  ].join('\n');
}

export function renderOrgMd(inputs) {
  const { actions } = inputs;
  const names = Object.keys(actions).map((name) => [actions[name].title, name]);
  const sections = names.map(([, name]) => actionSection(name, actions[name], inputs));
  return `${BANNER}\n${intro(names)}\n<br/>\n\n${sections.join('\n\n<br/>\n\n')}\n`;
}
