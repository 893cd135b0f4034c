'use strict';
// The event stream parser (lib/http/streams/sse-parser.ts) against the WHATWG HTML
// "event stream interpretation", fed bytes directly: every rule, and every
// way of splitting a stream into chunks. The same stream over real HTTP is
// in event-source.test.js.
const fs = require('fs');
const vm = require('vm');
const { expect } = require('chai');
const { buildEventSource } = require('../../helpers/event-source-build');

const bytes = (text) => Buffer.from(text, 'utf8');

describe('event stream parser (WHATWG event stream interpretation)', () => {
  let EventStreamParser;
  before(async function () {
    this.timeout(60000);
    EventStreamParser = require((await buildEventSource()).parser).EventStreamParser;
  });

  /** Feeds the chunks; returns what a listener would see: events, ids committed, retries. */
  function parse(chunks, options) {
    const Parser = (options && options.Parser) || EventStreamParser;
    const seen = { events: [], ids: [], retries: [] };
    const parser = new Parser((options && options.lastEventId) || '', {
      dispatch(lastEventId, event) {
        seen.ids.push(lastEventId);
        if (event) seen.events.push({ type: event.type, data: event.data, lastEventId: event.lastEventId });
      },
      retry(ms) {
        seen.retries.push(ms);
      },
    });
    for (const chunk of chunks) parser.push(typeof chunk === 'string' ? bytes(chunk) : chunk);
    return seen;
  }
  const events = (text) => parse([text]).events;

  it('an unnamed event is a message; a named one has its name', () => {
    expect(events('data: a\n\nevent: deviceState\ndata: {"x":1}\n\n')).to.deep.equal([
      { type: 'message', data: 'a', lastEventId: '' },
      { type: 'deviceState', data: '{"x":1}', lastEventId: '' },
    ]);
  });

  it('joins data lines with LF and drops only the final LF', () => {
    expect(events('data: one\ndata:\ndata: three\n\n')).to.deep.equal([{ type: 'message', data: 'one\n\nthree', lastEventId: '' }]);
  });

  it('removes one space after the colon, not two, and none when absent', () => {
    expect(events('data:  two spaces\n\ndata:none\n\n').map((e) => e.data)).to.deep.equal([' two spaces', 'none']);
  });

  it('treats a line without a colon as a field with an empty value', () => {
    expect(events('data\ndata\n\n')).to.deep.equal([{ type: 'message', data: '\n', lastEventId: '' }]);
  });

  it('dispatches an empty data line (data buffer "\\n") as an empty message', () => {
    expect(events('data:\n\n')).to.deep.equal([{ type: 'message', data: '', lastEventId: '' }]);
  });

  it('dispatches nothing for an empty data buffer, and forgets its event name', () => {
    const seen = parse(['event: deviceState\n\n', ':keep-alive\n\n', 'data: after\n\n']);
    expect(seen.events).to.deep.equal([{ type: 'message', data: 'after', lastEventId: '' }]);
    expect(seen.ids).to.have.length(3);
  });

  it('ignores comments, unknown fields and fields in the wrong case', () => {
    expect(events(': a comment\nData: no\nfoo: bar\nevent\ndata: yes\n: another\n\n')).to.deep.equal([
      { type: 'message', data: 'yes', lastEventId: '' },
    ]);
  });

  it('does not dispatch an event the stream has not finished with a blank line', () => {
    expect(events('data: incomplete\n')).to.deep.equal([]);
    expect(events('data: incomplete')).to.deep.equal([]);
  });

  it('sets the last event ID at dispatch, keeps it for later events, and resets it with an empty id', () => {
    const seen = parse(['id: 7\ndata: a\n\ndata: b\n\nid: 8\n\nid\ndata: c\n\n']);
    expect(seen.events.map((e) => [e.data, e.lastEventId])).to.deep.equal([['a', '7'], ['b', '7'], ['c', '']]);
    expect(seen.ids).to.deep.equal(['7', '7', '8', '']);
  });

  it('ignores an id that contains NUL', () => {
    const seen = parse(['id: 1\ndata: a\n\nid: 2\u00003\ndata: b\n\n']);
    expect(seen.events.map((e) => e.lastEventId)).to.deep.equal(['1', '1']);
  });

  it('starts from the last event ID it is given (a reconnect keeps the id)', () => {
    expect(parse(['data: a\n\n'], { lastEventId: 'abc' }).events).to.deep.equal([{ type: 'message', data: 'a', lastEventId: 'abc' }]);
  });

  it('accepts retry: with ASCII digits only', () => {
    const seen = parse(['retry: 500\nretry: 5a\nretry: -1\nretry: 1.5\nretry:\nretry:  50\nretry: 1e3\nretry:0\n\n']);
    expect(seen.retries).to.deep.equal([500, 0]);
  });

  it('splits lines on CR, LF and CRLF, mixed', () => {
    expect(events('data: a\r\ndata: b\rdata: c\n\r\ndata: d\r\rdata: e\n\n').map((e) => e.data)).to.deep.equal(['a\nb\nc', 'd', 'e']);
  });

  it('treats CRLF split across chunks as one line end, and a lone CR at a chunk end as one too', () => {
    expect(parse(['data: a\r', '\n\r', '\ndata: b\r', 'data: c\r', '\r']).events.map((e) => e.data)).to.deep.equal(['a', 'b\nc']);
  });

  it('drops one leading BOM, even split byte by byte, but no later one', () => {
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(parse([bom.subarray(0, 1), bom.subarray(1, 2), bom.subarray(2), 'data: a\n\n']).events.map((e) => e.data)).to.deep.equal(['a']);
    // A second BOM is part of the text: "\uFEFFdata" is an unknown field.
    expect(parse([Buffer.concat([bom, bom, bytes('data: a\n\n')])]).events).to.deep.equal([]);
    expect(parse([Buffer.concat([bytes('data: a\n'), bom, bytes('data: b\n\n')])]).events.map((e) => e.data)).to.deep.equal(['a']);
    // Bytes that only start like a BOM are kept.
    expect(parse([Buffer.from([0xef, 0xbb]), 'x\ndata: a\n\n']).events.map((e) => e.data)).to.deep.equal(['a']);
  });

  it('decodes multi-byte characters split across chunks, and replaces invalid UTF-8 with U+FFFD', () => {
    const text = bytes('data: h\u00e9llo \u20ac \ud834\udd1e\n\n');
    for (let cut = 1; cut < text.length; cut++) {
      expect(parse([text.subarray(0, cut), text.subarray(cut)]).events[0].data, `cut at ${cut}`).to.equal('h\u00e9llo \u20ac \ud834\udd1e');
    }
    expect(parse([Buffer.concat([bytes('data: a'), Buffer.from([0xff, 0xe2, 0x82]), bytes('b\n\n')])]).events[0].data).to.equal('a\ufffd\ufffdb');
  });

  // One stream with every feature, cut everywhere: the result must not depend on the chunking.
  const composite = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    bytes(': hello\r\nretry: 250\r\nid: \u00e9v\u00e9nement-1\r\nevent: deviceState\r\ndata: {"temp":"21\u00b0C \u20ac"}\r\n\r\n'),
    bytes('data: line 1\rdata: line 2\r\rid: 2\ndata: \ud83d\ude00\n\n:keep-alive\n\nevent: x\n\ndata: tail\n'),
  ]);
  const expected = {
    events: [
      { type: 'deviceState', data: '{"temp":"21\u00b0C \u20ac"}', lastEventId: '\u00e9v\u00e9nement-1' },
      { type: 'message', data: 'line 1\nline 2', lastEventId: '\u00e9v\u00e9nement-1' },
      { type: 'message', data: '\ud83d\ude00', lastEventId: '2' },
    ],
    ids: ['\u00e9v\u00e9nement-1', '\u00e9v\u00e9nement-1', '2', '2', '2'],
    retries: [250],
  };

  it('gives the same result for every two-cut chunking of a stream', () => {
    expect(parse([composite])).to.deep.equal(expected);
    for (let i = 0; i <= composite.length; i++) {
      for (let j = i; j <= composite.length; j += 3) {
        const seen = parse([composite.subarray(0, i), composite.subarray(i, j), composite.subarray(j)]);
        expect(seen, `cuts at ${i} and ${j}`).to.deep.equal(expected);
      }
    }
  });

  it('gives the same result fed one byte at a time', () => {
    const chunks = [];
    for (let i = 0; i < composite.length; i++) chunks.push(composite.subarray(i, i + 1));
    expect(parse(chunks)).to.deep.equal(expected);
  });

  it('works without Buffer, with TextDecoder (as in a browser)', async () => {
    const code = fs.readFileSync((await buildEventSource()).parser, 'utf8');
    let decoders = 0;
    class CountingDecoder extends TextDecoder {
      constructor(label, options) {
        super(label, options);
        decoders++;
      }
    }
    const sandbox = { exports: {}, TextDecoder: CountingDecoder };
    sandbox.module = { exports: sandbox.exports };
    vm.runInNewContext(code, sandbox);
    expect(vm.runInNewContext('typeof Buffer', sandbox)).to.equal('undefined');
    const Parser = sandbox.module.exports.EventStreamParser;
    expect(parse([composite], { Parser })).to.deep.equal(expected);
    const cut = composite.indexOf(0xe2); // inside the euro sign
    expect(parse([composite.subarray(0, cut + 1), composite.subarray(cut + 1)], { Parser })).to.deep.equal(expected);
    // A mid-stream BOM must survive the TextDecoder too (it strips one by default).
    const bom = Buffer.from([0xef, 0xbb, 0xbf]);
    expect(parse([Buffer.concat([bytes('data: a\n'), bom, bytes('data: b\n\n')])], { Parser }).events.map((e) => e.data)).to.deep.equal(['a']);
    expect(parse([Buffer.concat([bytes('data: '), bom, bytes('x\n\n')])], { Parser }).events.map((e) => e.data)).to.deep.equal(['\ufeffx']);
    expect(decoders).to.be.greaterThan(0);
  });
});
