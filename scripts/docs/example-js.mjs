// The javascript example of one action: the seed's params object and its two styles
// (callbacks, promises), then async/await. Uploads read their file as a stream; streams
// listen for their events. Every `my…` name is a placeholder the reader replaces (and
// test/docs/examples.test.js binds).
import { filePathPlaceholder, placeholder } from './names.mjs';

/** The params an example shows: the required ones, and the file of an upload even where it is optional. */
export function exampleParams(action) {
  return action.params.filter((p) => p.required || (action.transport === 'multipart' && p.type === 'file'));
}

function paramsBlock(action) {
  const shown = exampleParams(action);
  if (!shown.length) return ['var params = {}; // all params are optional'];
  const value = (p) => (p.type === 'file' ? `fs.createReadStream(${filePathPlaceholder(p.name)})` : placeholder(p.name));
  const lines = ['var params = {', shown.map((p) => `  ${p.name}: ${value(p)}`).join(',\n'), '};'];
  if (!shown.some((p) => p.type === 'file')) return lines;
  return [
    "var fs = require('fs');",
    '',
    '// A file to upload may be a readable stream, a Buffer (fs.readFileSync(path)) or a string.',
    ...lines,
  ];
}

function answerStyles(call) {
  return [
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
  ];
}

/** One `addEventListener` per documented event, indented by `pad`; the example stops after its first event. */
function listeners(events, pad, arrow) {
  const lines = [];
  for (const { event } of events) {
    lines.push(
      arrow ? `${pad}stream.addEventListener('${event}', (event) => {` : `${pad}stream.addEventListener('${event}', function (event) {`,
      `${pad}  console.log(JSON.parse(event.data));`,
      `${pad}  stream.close(); // this example stops after one event`,
      `${pad}});`,
    );
  }
  return lines;
}

function streamStyles(call, events) {
  return [
    '// with callbacks',
    `${call}(params, function (err, stream) {`,
    '  if (err) { return console.error(err); }',
    ...listeners(events, '  ', false),
    '});',
    '',
    '// with promises',
    `${call}(params)`,
    '  .then(function (stream) {',
    ...listeners(events, '    ', false),
    '  })',
    '  .catch(console.error);',
    '',
    '// with async/await',
    'async function main() {',
    `  const stream = await ${call}(params);`,
    ...listeners(events, '  ', true),
    '}',
    'main().catch(console.error);',
  ];
}

export function exampleCode(resource, name, action) {
  const call = `client.${resource}.${name}`;
  const styles = action.transport === 'eventStream' ? streamStyles(call, action.events) : answerStyles(call);
  return [...paramsBlock(action), '', ...styles].join('\n');
}
