/**
 * The WHATWG HTML "event stream interpretation": bytes in, events out.
 *
 * Bytes are split into lines before they are decoded. Line terminators (CR,
 * LF) are ASCII and never occur inside a UTF-8 multi-byte sequence, so a
 * character split across chunks is simply kept in the pending bytes, and
 * decoding line by line gives the same text as decoding the whole stream.
 * A CR at the end of a chunk ends the line at once; an LF opening the next
 * chunk is then the second half of that CRLF and is skipped.
 *
 * No Node built-in is needed: Buffer decodes when present (Node), TextDecoder
 * otherwise (browsers), so a browser build can reuse this file as it is.
 */

const LF = 10;
const CR = 13;
const BOM = [0xef, 0xbb, 0xbf];

/** An event ready for dispatch: `type` is `message` unless the stream named it. */
export interface ParsedEvent {
  type: string;
  data: string;
  lastEventId: string;
}

export interface EventStreamSink {
  /**
   * A blank line was read. `lastEventId` is the event source's new last event
   * ID (the spec sets it on every dispatch, even with no event); `event` is
   * null when the data buffer was empty, which dispatches nothing.
   */
  dispatch(lastEventId: string, event: ParsedEvent | null): void;
  /** A valid `retry:` field: the new reconnection time in ms. */
  retry(ms: number): void;
  /** A line, or an event's data, grew past the size limit: nothing more is parsed. */
  overflow(limit: number): void;
}

/** UTF-8 to text, invalid sequences replaced by U+FFFD, a BOM kept (only the stream's first one is dropped, by the parser). */
export function utf8Decoder(): (bytes: Uint8Array) => string {
  if (typeof Buffer === 'function') {
    return (bytes) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return (bytes) => decoder.decode(bytes);
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  let size = 0;
  for (const part of parts) size += part.byteLength;
  const joined = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.byteLength;
  }
  return joined;
}

/** One parser per connection; the last event ID carries over from the previous one. */
export class EventStreamParser {
  private readonly decode = utf8Decoder();
  /** Bytes of the current line that are not yet terminated. */
  private pending: Uint8Array[] = [];
  /** The bytes seen so far while the stream may still start with a BOM. */
  private head: Uint8Array | undefined = new Uint8Array(0);
  private skipLF = false;
  private pendingBytes = 0;
  private eventType = '';
  private data: string[] = [];
  private dataSize = 0;
  private idBuffer: string;
  private stopped = false;

  /** `limit`: the most bytes a line, or the data of one event, may take (a hostile server could send a line without end). */
  constructor(lastEventId: string, private readonly sink: EventStreamSink, private readonly limit: number = Infinity) {
    this.idBuffer = lastEventId;
  }

  push(chunk: Uint8Array): void {
    if (this.stopped) return;
    if (this.head) {
      chunk = this.withoutBOM(chunk);
      if (this.head) return;
    }
    let start = 0;
    if (this.skipLF && chunk.length > 0) {
      this.skipLF = false;
      if (chunk[0] === LF) start = 1;
    }
    for (let i = start; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte !== LF && byte !== CR) continue;
      this.pending.push(chunk.subarray(start, i));
      const line = this.decode(concatBytes(this.pending));
      this.pending = [];
      this.pendingBytes = 0;
      if (byte === CR) {
        if (i + 1 === chunk.length) this.skipLF = true;
        else if (chunk[i + 1] === LF) i++;
      }
      start = i + 1;
      this.line(line);
      if (this.stopped) return;
    }
    if (start < chunk.length) {
      this.pending.push(chunk.subarray(start));
      this.pendingBytes += chunk.length - start;
      if (this.pendingBytes > this.limit) this.stop();
    }
  }

  private stop(): void {
    this.stopped = true;
    this.pending = [];
    this.data = [];
    this.sink.overflow(this.limit);
  }

  /** Drops a leading BOM, possibly split across chunks; leaves `head` set while undecided. */
  private withoutBOM(chunk: Uint8Array): Uint8Array {
    const seen = concatBytes([this.head as Uint8Array, chunk]);
    let matched = 0;
    while (matched < BOM.length && matched < seen.length && seen[matched] === BOM[matched]) matched++;
    if (matched < BOM.length && matched === seen.length) {
      this.head = seen;
      return new Uint8Array(0);
    }
    this.head = undefined;
    return matched === BOM.length ? seen.subarray(BOM.length) : seen;
  }

  private line(line: string): void {
    if (line === '') {
      this.dispatch();
      return;
    }
    const colon = line.indexOf(':');
    if (colon === 0) return; // a comment, often a keep-alive
    if (colon < 0) {
      this.field(line, '');
      return;
    }
    const value = line.charCodeAt(colon + 1) === 0x20 ? line.slice(colon + 2) : line.slice(colon + 1);
    this.field(line.slice(0, colon), value);
  }

  private field(name: string, value: string): void {
    switch (name) {
      case 'event':
        this.eventType = value;
        break;
      case 'data':
        this.data.push(value);
        // Characters, not bytes: close enough for a guard, and never more than the bytes.
        this.dataSize += value.length + 1;
        if (this.dataSize > this.limit) this.stop();
        break;
      case 'id':
        if (value.indexOf('\0') === -1) this.idBuffer = value;
        break;
      case 'retry':
        // Digits only: "1e3", "-1", " 5" or "" are ignored, as the spec says.
        if (/^[0-9]+$/.test(value)) this.sink.retry(parseInt(value, 10));
        break;
      default:
        break; // unknown fields are ignored
    }
  }

  private dispatch(): void {
    const lastEventId = this.idBuffer;
    if (this.data.length === 0) {
      this.eventType = '';
      this.sink.dispatch(lastEventId, null);
      return;
    }
    // Lines joined by LF is the spec's "append value and LF, then drop the last LF".
    const event = { type: this.eventType || 'message', data: this.data.join('\n'), lastEventId };
    this.eventType = '';
    this.data = [];
    this.dataSize = 0;
    this.sink.dispatch(lastEventId, event);
  }
}
