'use strict';
// The multipart/form-data encoder (lib/http/uploads/multipart.ts) with in-memory
// values: bodies sent with node-fetch to a loopback server that parses them
// with our parser (test/helpers/multipart-parser.js) and, where Node has one,
// with Node's own (undici's Response#formData). The module is not in dist/ yet
// (the client is wired to it later): test/helpers/compile-lib.js compiles it.
const path = require('path');
const { expect } = require('chai');
const fetch = require('node-fetch');
const { loadMultipart, compileLib, compiledSources } = require('../../helpers/compile-lib');
const { parseWithUndici } = require('../../helpers/multipart-parser');
const { startMultipartServer, postEncoded } = require('../../helpers/multipart-server');

const { encodeMultipart, jsonPart } = loadMultipart();
const { mediaTypeFor, knownExtensions } = require(compileLib('http/uploads/media-types'));
const HAS_UNDICI = typeof Response === 'function';

function allBytes(repeat) {
  const buf = Buffer.alloc(256 * repeat);
  for (let i = 0; i < buf.length; i++) buf[i] = i % 256;
  return buf;
}

function refusal(fn) {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('expected a Validation error, but nothing was thrown');
}

describe('multipart: encoding in-memory values', () => {
  let server;
  before(async () => { server = await startMultipartServer(); });
  after(() => server.close());
  beforeEach(() => { server.requests.length = 0; });

  async function roundTrip(parts) {
    const encoded = encodeMultipart(parts);
    const res = await postEncoded(fetch, `${server.url}/upload`, encoded);
    expect(res.status, await res.text()).to.equal(200);
    const record = server.requests[server.requests.length - 1];
    return { encoded, record, parts: record.parsed.parts };
  }

  it('sends in-memory values as one Buffer with its exact length (Content-Length, not chunked)', async () => {
    const { encoded, record, parts } = await roundTrip([
      { name: 'text', value: 'hello' },
      { name: 'count', value: 42 },
      { name: 'ratio', value: -0.5 },
      { name: 'flag', value: true },
      { name: 'off', value: false },
      { name: 'blob', value: Buffer.from('bytes') },
      { name: 'u8', value: new Uint8Array([104, 105]) },
    ]);
    expect(Buffer.isBuffer(encoded.body)).to.equal(true);
    expect(encoded.replayable).to.equal(true);
    expect(encoded.length).to.equal(encoded.body.length);
    expect(record.headers['content-length']).to.equal(String(encoded.length));
    expect(record.headers['transfer-encoding']).to.equal(undefined);
    expect(record.body.length).to.equal(encoded.length);
    expect(record.headers['content-type']).to.equal(encoded.contentType);
    expect(record.parsed.epilogue.toString('latin1')).to.equal('\r\n');
    expect(parts.map((p) => [p.name, p.filename, p.contentType, p.data.toString()])).to.deep.equal([
      ['text', undefined, undefined, 'hello'],
      ['count', undefined, undefined, '42'],
      ['ratio', undefined, undefined, '-0.5'],
      ['flag', undefined, undefined, 'true'],
      ['off', undefined, undefined, 'false'],
      ['blob', undefined, 'application/octet-stream', 'bytes'],
      ['u8', undefined, 'application/octet-stream', 'hi'],
    ]);
  });

  it('carries every byte value exactly, as a file and as a plain Buffer field', async () => {
    const bytes = allBytes(8);
    const { parts } = await roundTrip([
      { name: 'file', value: bytes, filename: 'all.bin' },
      { name: 'raw', value: bytes },
    ]);
    expect(parts[0].filename).to.equal('all.bin');
    expect(parts[0].contentType).to.equal('application/octet-stream');
    expect(parts[0].data.equals(bytes)).to.equal(true);
    expect(parts[1].data.equals(bytes)).to.equal(true);
  });

  it('sends an empty file and an empty string as empty parts', async () => {
    const { parts } = await roundTrip([
      { name: 'empty', value: Buffer.alloc(0), filename: 'empty.txt' },
      { name: 'blank', value: '' },
      { name: 'after', value: 'x' },
    ]);
    expect(parts.map((p) => [p.name, p.filename, p.contentType, p.data.length])).to.deep.equal([
      ['empty', 'empty.txt', 'text/plain', 0],
      ['blank', undefined, undefined, 0],
      ['after', undefined, undefined, 1],
    ]);
  });

  it('keeps content that looks like a boundary, delimiter lines included', async () => {
    const earlier = encodeMultipart([{ name: 'a', value: 'a' }]).contentType.split('boundary=')[1];
    const tricky = [
      `--${earlier}`, `\r\n--${earlier}\r\n`, `\r\n--${earlier}--\r\n`,
      '\r\n------LosantFormBoundary0123456789abcdef0123456789abcdef\r\n',
      '\r\n----------------------------6a916c8face329524f8159b2--\r\n',
      'Content-Disposition: form-data; name="forged"\r\n\r\n', '\r\n\r\n', '--',
    ].join('');
    const { encoded, parts } = await roundTrip([
      { name: 'text', value: tricky },
      { name: 'file', value: Buffer.from(tricky), filename: 'tricky.txt' },
    ]);
    expect(encoded.contentType).to.not.contain(earlier);
    expect(parts).to.have.length(2);
    expect(parts[0].data.toString()).to.equal(tricky);
    expect(parts[1].data.toString()).to.equal(tricky);
  });

  it('sends UTF-8 names, filenames and values as UTF-8 bytes', async () => {
    const { record, parts } = await roundTrip([
      { name: 'température-名前', value: 'ünïcødé ✓ 📈' },
      { name: 'file', value: Buffer.from('a,b\n1,2\n'), filename: 'отчёт 📈.csv' },
    ]);
    expect(parts[0].name).to.equal('température-名前');
    expect(parts[0].data.toString('utf8')).to.equal('ünïcødé ✓ 📈');
    expect(parts[1].filename).to.equal('отчёт 📈.csv');
    expect(parts[1].contentType).to.equal('text/csv');
    expect(record.body.indexOf(Buffer.from('name="température-名前"', 'utf8'))).to.be.above(0);
    if (HAS_UNDICI) {
      const seen = await parseWithUndici(record.body, record.headers['content-type']);
      expect(seen.map((e) => [e.name, e.filename])).to.deep.equal([['température-名前', undefined], ['file', 'отчёт 📈.csv']]);
    }
  });

  it('percent-encodes quote, CR and LF in names and filenames, so no header or part can be forged', async () => {
    const name = 'a"b\r\nX-Injected: 1';
    const filename = 'evil"\r\n\r\n--x.txt';
    const { parts, record } = await roundTrip([{ name, value: 'v' }, { name: 'file', value: Buffer.from('f'), filename }]);
    expect(parts).to.have.length(2);
    expect(parts[0].name).to.equal('a%22b%0D%0AX-Injected: 1');
    expect(parts[0].headers.map((h) => h[0])).to.deep.equal(['content-disposition']);
    expect(parts[1].filename).to.equal('evil%22%0D%0A%0D%0A--x.txt');
    expect(parts[1].headers.map((h) => h[0])).to.deep.equal(['content-disposition', 'content-type']);
    if (HAS_UNDICI) {
      // A WHATWG parser undoes the escapes: the server sees the names as given.
      const seen = await parseWithUndici(record.body, record.headers['content-type']);
      expect(seen.map((e) => e.filename ? [e.name, e.filename] : [e.name])).to.deep.equal([[name], ['file', filename]]);
    }
  });

  it('picks filenames and content types as form-data does', async () => {
    const { parts } = await roundTrip([
      { name: 'a', value: Buffer.from('{}'), filename: 'dir/sub/r.json' },
      { name: 'b', value: 'text', filename: 'notes.unknownext' },
      { name: 'c', value: Buffer.from('x'), filename: 'data.unknownext' },
      { name: 'd', value: Buffer.from('x'), filename: 'PHOTO.JPG' },
      { name: 'e', value: Buffer.from('x'), filename: 'png' },
      { name: 'f', value: Buffer.from('x'), filename: 'x.png', contentType: 'image/x-custom; q=1' },
      { name: 'g', value: 'text', contentType: 'text/markdown' },
    ]);
    expect(parts.map((p) => [p.name, p.filename, p.contentType])).to.deep.equal([
      ['a', 'r.json', 'application/json'],
      ['b', 'notes.unknownext', undefined],
      ['c', 'data.unknownext', 'application/octet-stream'],
      ['d', 'PHOTO.JPG', 'image/jpeg'],
      ['e', 'png', 'image/png'],
      ['f', 'x.png', 'image/x-custom; q=1'],
      ['g', undefined, 'text/markdown'],
    ]);
  });

  it('gives a fresh unguessable boundary to every body: 128 random bits, a token of at most 70 characters', () => {
    const seen = new Set();
    for (let i = 0; i < 2000; i++) {
      const { contentType } = encodeMultipart([{ name: 'a', value: 'b' }]);
      const match = /^multipart\/form-data; boundary=(----LosantFormBoundary([0-9a-f]{32}))$/.exec(contentType);
      expect(match, contentType).to.not.equal(null);
      expect(match[1].length).to.be.at.most(70);
      seen.add(match[2]);
    }
    expect(seen.size).to.equal(2000);
  });

  it('can send a Buffer body again (replayable), with the same parts', async () => {
    const encoded = encodeMultipart([{ name: 'file', value: allBytes(2), filename: 'a.bin' }, { name: 'x', value: 'y' }]);
    await postEncoded(fetch, server.url, encoded);
    await postEncoded(fetch, server.url, encoded);
    const [first, second] = server.requests;
    expect(second.body.equals(first.body)).to.equal(true);
    expect(second.parsed.parts.map((p) => p.name)).to.deep.equal(['file', 'x']);
  });

  it('sends an empty list of parts as a body with the close delimiter only', async () => {
    const { record, parts } = await roundTrip([]);
    expect(parts).to.deep.equal([]);
    expect(record.body.toString()).to.match(/^------LosantFormBoundary[0-9a-f]{32}--\r\n$/);
  });
});

describe('multipart: values that cannot be sent are refused before anything is built', () => {
  const refused = [
    ['null', null, /not null$/],
    ['undefined', undefined, /not undefined$/],
    ['NaN', NaN, /not NaN$/],
    ['Infinity', Infinity, /not Infinity$/],
    ['an array', ['a', 'b'], /not an array$/],
    ['a plain object', { a: 1 }, /not a plain object \(send an object as JSON text: jsonPart\)$/],
    ['a Date', new Date(0), /not an object \(Date\)$/],
    ['a function', () => 1, /not a function$/],
    ['a symbol', Symbol('s'), /not a symbol$/],
    ['an ArrayBuffer', new ArrayBuffer(4), /not an object \(ArrayBuffer\)$/],
  ];
  for (const [label, value, message] of refused) {
    it(`refuses ${label} with a Validation LosantError naming the field`, () => {
      const err = refusal(() => encodeMultipart([{ name: 'ok', value: 'fine' }, { name: 'file', value }]));
      expect(err.name).to.equal('LosantError');
      expect(err.type).to.equal('Validation');
      expect(err.field).to.equal('file');
      expect(err.message).to.match(/^file must be a string, a finite number, a boolean, a Buffer, a Uint8Array or a readable stream, /);
      expect(err.message).to.match(message);
    });
  }

  it('refuses malformed parts and header-breaking content types', () => {
    const cases = [
      [() => encodeMultipart({ name: 'a', value: 'b' }), 'parts', /must be an array/],
      [() => encodeMultipart([null]), 'parts[0]', /must be an object/],
      [() => encodeMultipart([{ value: 'b' }]), 'parts[0].name', /must be a string/],
      [() => encodeMultipart([{ name: 'f', value: 'b', filename: 3 }]), 'f.filename', /must be a string/],
      [() => encodeMultipart([{ name: 'f', value: 'b', contentType: {} }]), 'f.contentType', /must be a string/],
      [() => encodeMultipart([{ name: 'f', value: 'b', contentType: 'text/plain\r\nX-Evil: 1' }]), 'f.contentType', /CR, LF/],
      [() => encodeMultipart([{ name: 'f', value: 'b', contentType: 'text/plain\u0000' }]), 'f.contentType', /control characters/],
    ];
    for (const [fn, field, message] of cases) {
      const err = refusal(fn);
      expect(err.type, String(err)).to.equal('Validation');
      expect(err.field).to.equal(field);
      expect(err.message).to.match(message);
    }
  });

  it('jsonPart sends an object as JSON text, and refuses what has none', () => {
    const value = { tags: ['a', 'b'], nested: { n: 1, s: 'é' }, none: null };
    expect(jsonPart('options', value)).to.deep.equal({ name: 'options', value: JSON.stringify(value) });
    expect(jsonPart('list', [1, 2])).to.deep.equal({ name: 'list', value: '[1,2]' });
    const cyclic = {};
    cyclic.self = cyclic;
    for (const bad of [undefined, () => 1, cyclic, { n: BigInt(1) }]) {
      const err = refusal(() => jsonPart('options', bad));
      expect(err.type).to.equal('Validation');
      expect(err.field).to.equal('options');
      expect(err.message).to.match(/^options cannot be sent as JSON/);
    }
  });
});

describe('multipart: the extension table and the compiled code', () => {
  it('gives, for every extension it knows, the type form-data (mime-types) gives', () => {
    const formData = path.dirname(require.resolve('losant-rest/node_modules/form-data/package.json'));
    const mime = require(require.resolve('mime-types', { paths: [formData] }));
    const extensions = knownExtensions();
    expect(extensions.length).to.be.above(50);
    for (const ext of extensions) {
      expect(mediaTypeFor(`file.${ext}`), ext).to.equal(mime.lookup(`file.${ext}`));
      expect(mediaTypeFor(`FILE.${ext.toUpperCase()}`), ext).to.equal(mime.lookup(`FILE.${ext.toUpperCase()}`));
    }
    // Outside the table there is no type (form-data would know some: see bench/MULTIPART.md).
    expect(mediaTypeFor('notebook.ipynb')).to.equal(undefined);
    expect(mediaTypeFor('README')).to.equal(undefined);
  });

  it('compiles to nothing newer than ES2018 (Node 10)', async () => {
    const { findPostES2018 } = await import('../../../scripts/lib/es2018-check.mjs');
    const sources = compiledSources('http/uploads/multipart');
    expect(Object.keys(sources).sort()).to.include.members(['errors', 'http/uploads/media-types', 'http/uploads/multipart', 'http/uploads/multipart-part', 'http/uploads/multipart-stream']);
    for (const rel of Object.keys(sources)) {
      // Module syntax is fine here: rollup bundles it away.
      const problems = findPostES2018(sources[rel], `${rel}.js`).filter((p) => !/: (import|require\(\)|re-export from a module)$/.test(p));
      expect(problems, rel).to.deep.equal([]);
    }
  });
});
