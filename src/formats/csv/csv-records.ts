import { concatBytes } from '../chunk-decoder.js';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * One CSV record located in a byte buffer (line break excluded). The splitter reuses one
 * instance for every record: read it in the callback, do not keep it.
 */
export interface CsvRecord {
  buffer: Uint8Array;
  start: number;
  end: number;
  /** 1-based line where the record starts. */
  line: number;
  /** Offset of `buffer[0]` in the whole input. */
  base: number;
  /** The record has quoted fields (it must be split quote-aware). */
  quoted: boolean;
  /** The input ended inside a quoted field. */
  unterminated: boolean;
}

export type RecordSink = (record: CsvRecord) => void;

/**
 * Finds RFC 4180 records in UTF-8 bytes as they stream in. Work happens on bytes, so a record
 * boundary never depends on decoding: a bad byte costs its own record only. Records without quotes
 * are found with native `indexOf`; quoted ones (escaped quotes, line breaks inside) byte by byte.
 */
export class CsvRecordSplitter {
  private carry: Uint8Array = new Uint8Array(0);
  private line: number;
  private base: number;
  private readonly delimiter: number;
  private readonly record: CsvRecord = {
    buffer: new Uint8Array(0),
    start: 0,
    end: 0,
    line: 0,
    base: 0,
    quoted: false,
    unterminated: false,
  };

  /** `start`: line and input offset of the first byte pushed (after a header read apart). */
  constructor(delimiter: string, start: { line: number; offset: number } = { line: 1, offset: 0 }) {
    this.delimiter = delimiter.charCodeAt(0);
    this.line = start.line;
    this.base = start.offset;
  }

  /** Bytes held for an incomplete record. */
  get pendingBytes(): number {
    return this.carry.length;
  }

  /** Drops the incomplete record (after a `too-large` problem). */
  skipPending(): void {
    this.base += this.carry.length;
    this.carry = new Uint8Array(0);
  }

  push(chunk: Uint8Array, sink: RecordSink): void {
    const buffer = this.carry.length === 0 ? chunk : concatBytes([this.carry, chunk]);
    const pos = this.scan(buffer, false, sink);
    this.carry = buffer.subarray(pos);
    this.base += pos;
  }

  end(sink: RecordSink): void {
    const buffer = this.carry;
    this.carry = new Uint8Array(0);
    const pos = this.scan(buffer, true, sink);
    if (pos < buffer.length)
      this.emit(sink, buffer, { start: pos, end: buffer.length, quoted: true, unterminated: true });
  }

  /** Hands complete records to the sink; returns where the incomplete rest begins. */
  private scan(buffer: Uint8Array, final: boolean, sink: RecordSink): number {
    let pos = 0;
    let nextQuote = buffer.indexOf(QUOTE);
    while (pos < buffer.length) {
      if (nextQuote >= 0 && nextQuote < pos) nextQuote = buffer.indexOf(QUOTE, pos);
      const newline = buffer.indexOf(LF, pos);
      if (newline >= 0 && (nextQuote < 0 || nextQuote > newline)) {
        this.emit(sink, buffer, { start: pos, end: newline, quoted: false, unterminated: false });
        this.line++;
        pos = newline + 1;
        continue;
      }
      if (nextQuote < 0) {
        if (!final) return pos;
        this.emit(sink, buffer, { start: pos, end: buffer.length, quoted: false, unterminated: false });
        return buffer.length;
      }
      const scanned = this.scanQuoted(buffer, pos, final);
      if (scanned === undefined) return pos;
      this.emit(sink, buffer, { start: pos, end: scanned.end, quoted: true, unterminated: false });
      this.line += scanned.lines + 1;
      pos = scanned.end + 1;
    }
    return pos;
  }

  private emit(
    sink: RecordSink,
    buffer: Uint8Array,
    span: { start: number; end: number; quoted: boolean; unterminated: boolean },
  ): void {
    const record = this.record;
    record.buffer = buffer;
    record.start = span.start;
    record.end = span.end > span.start && buffer[span.end - 1] === CR ? span.end - 1 : span.end;
    record.line = this.line;
    record.base = this.base;
    record.quoted = span.quoted;
    record.unterminated = span.unterminated;
    sink(record);
  }

  /** Walks a record that has quotes; `undefined` when its end is not in the buffer yet. */
  private scanQuoted(buffer: Uint8Array, start: number, final: boolean): { end: number; lines: number } | undefined {
    let fieldStart = true;
    let inQuotes = false;
    let lines = 0;
    for (let i = start; i < buffer.length; i++) {
      const byte = buffer[i]!;
      if (inQuotes) {
        if (byte === QUOTE) {
          if (i + 1 >= buffer.length && !final) return undefined;
          if (buffer[i + 1] === QUOTE) i++;
          else inQuotes = false;
        } else if (byte === LF) lines++;
        continue;
      }
      if (byte === LF) return { end: i, lines };
      if (byte === QUOTE && fieldStart) inQuotes = true;
      fieldStart = byte === this.delimiter;
    }
    if (final && !inQuotes) return { end: buffer.length, lines };
    return undefined;
  }
}
