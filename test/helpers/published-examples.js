'use strict';
// The example document Losant publishes for each schema (its apiExamples.json), which the
// importer keeps as the schema's `examples` annotation: { <schema name>: <document> }.
const fs = require('fs');
const path = require('path');

const SCHEMAS = path.join(__dirname, '..', '..', 'schemas');

function publishedBodyExamples() {
  const examples = {};
  for (const file of fs.readdirSync(SCHEMAS).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), 'utf8'));
    if (Array.isArray(schema.examples) && schema.examples.length) examples[file.slice(0, -5)] = schema.examples[0];
  }
  return examples;
}

module.exports = { publishedBodyExamples };
