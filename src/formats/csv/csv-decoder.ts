import { concatBytes, type ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent } from '../decode-event.js';
import { DEFAULT_MAX_UNIT_BYTES, type DecodeOptions } from '../decode-options.js';
import { decodeProblem } from '../decode-problem.js';
import { describeBadByte } from '../text-encoding.js';
import { findInvalidUtf8 } from '../utf8-check.js';
import { CsvAssembler, csvRaw, where } from './csv-assembler.js';
import { splitFields } from './csv-fields.js';
import type { CsvLayout } from './csv-layout.js';
import { CsvRecordSplitter, type CsvRecord } from './csv-records.js';
import { mapRow } from './csv-row.js';
import { openCsvLayout } from './open-csv-layout.js';
import { RecordText } from './record-text.js';
import { shiftedColumns, shiftedInPlace } from './shifted-columns.js';

/**
 * CSV through a column mapping, streamed: the header line picks the mapping, then rows are decoded
 * as their bytes arrive; each becomes a declaration (or joins its group) or a precise problem.
 */
export function createCsvDecoder(options: DecodeOptions = {}): ChunkDecoder {
  const maxBytes = options.maxUnitBytes ?? DEFAULT_MAX_UNIT_BYTES;
  let head: Uint8Array[] = [];
  let headBytes = 0;
  let rows: RowStage | undefined;
  let failed = false;

  function open(final: boolean, out: DecodeEvent[]): void {
    const all = concatBytes(head);
    const bytes = stripBom(all);
    const bom = all.length - bytes.length;
    head = [];
    const newline = bytes.indexOf(0x0a);
    const headerEnd = newline < 0 ? bytes.length : newline;
    const headerBytes = bytes.subarray(0, bytes[headerEnd - 1] === 0x0d ? headerEnd - 1 : headerEnd);
    if (newline < 0 && headerBytes.every((byte) => byte === 0x20 || byte === 0x09 || byte === 0x0d)) {
      failed = true;
      out.push(
        decodeProblem('csv', 'empty-input', {
          message: 'the CSV input is empty: expected a header line and data rows',
        }),
      );
      return;
    }
    const opened = openCsvLayout(headerBytes, options);
    if (opened.kind === 'problem') {
      failed = true;
      out.push(opened.problem);
      return;
    }
    const bodyStart = newline < 0 ? bytes.length : newline + 1;
    rows = new RowStage(opened.layout, headerBytes.slice(), { maxBytes, offset: bom + bodyStart });
    rows.push(bytes.subarray(bodyStart), out);
    if (final) rows.end(out);
  }

  return {
    push(chunk) {
      const out: DecodeEvent[] = [];
      if (failed) return out;
      if (rows !== undefined) {
        rows.push(chunk, out);
        return out;
      }
      head.push(chunk);
      headBytes += chunk.length;
      if (chunk.includes(0x0a) || headBytes > maxBytes) open(false, out);
      return out;
    },
    end() {
      const out: DecodeEvent[] = [];
      if (failed) return out;
      if (rows === undefined) open(true, out);
      else rows.end(out);
      return out;
    },
  };
}

/** Everything after the header line. */
class RowStage {
  private readonly splitter: CsvRecordSplitter;
  private readonly assembler: CsvAssembler;
  private readonly text = new RecordText();
  private rows = 0;
  private out: DecodeEvent[] = [];
  private readonly sink = (record: CsvRecord) => this.onRecord(record);

  private readonly maxBytes: number;

  constructor(
    private readonly layout: CsvLayout,
    private readonly headerBytes: Uint8Array,
    limits: { maxBytes: number; offset: number },
  ) {
    this.maxBytes = limits.maxBytes;
    this.splitter = new CsvRecordSplitter(layout.delimiter, { line: 2, offset: limits.offset });
    this.assembler = new CsvAssembler(layout, headerBytes);
  }

  push(chunk: Uint8Array, out: DecodeEvent[]): void {
    this.out = out;
    this.splitter.push(chunk, this.sink);
    if (this.splitter.pendingBytes > this.maxBytes) {
      this.splitter.skipPending();
      out.push(
        decodeProblem('csv', 'too-large', {
          message: `the CSV record after row ${this.rows} is longer than ${this.maxBytes} bytes (an unclosed quote?)`,
          position: this.rows + 1,
        }),
      );
    }
  }

  end(out: DecodeEvent[]): void {
    this.out = out;
    this.splitter.end(this.sink);
    this.assembler.end(out);
    if (this.rows === 0) {
      out.push(decodeProblem('csv', 'empty-input', { message: 'the CSV file has a header line but no data rows' }));
    }
  }

  private onRecord(record: CsvRecord): void {
    if (record.start === record.end) return;
    const decoded = this.text.of(record);
    if (decoded !== undefined && isBlank(decoded, this.layout.delimiter)) return;
    const row = ++this.rows;
    const line = record.line;
    const bytes = record.buffer.subarray(record.start, record.end);
    if (decoded === undefined) {
      const offset = findInvalidUtf8(record.buffer, record.start, record.end);
      const context = { lineStart: { offset: record.start, line }, base: record.base };
      const message = `${where({ row, line })}: ${describeBadByte(record.buffer, offset, context)}`;
      this.out.push(decodeProblem('csv', 'bad-encoding', { message, line, position: row, raw: this.raw(bytes) }));
      return;
    }
    if (record.unterminated) {
      const message = `${where({ row, line })}: a quoted value is never closed (the file ends inside quotes)`;
      this.out.push(decodeProblem('csv', 'not-well-formed', { message, line, position: row, raw: this.raw(bytes) }));
      return;
    }
    const fields = splitFields(decoded, this.layout.delimiter, record.quoted);
    if (fields.length !== this.layout.header.length) {
      this.out.push(shiftedColumns(this.layout, fields, { row, line, raw: this.raw(bytes) }));
      return;
    }
    const mapped = mapRow(this.layout, fields, { row, line });
    if (mapped.faults.length > 0) {
      const failing = mapped.faults.filter((fault) => fault.code === 'wrong-type').map((fault) => fault.column);
      const shift = shiftedInPlace(this.layout, fields, { row, line, raw: this.raw(bytes), failing });
      if (shift !== undefined) {
        this.out.push(shift);
        return;
      }
    }
    this.assembler.add({ row, line, fields, bytes, mapped }, this.out);
  }

  private raw(bytes: Uint8Array) {
    return csvRaw(this.headerBytes, [bytes]);
  }
}

/** Empty lines and lines of bare delimiters (spreadsheet exports end with them) carry no row. */
function isBlank(text: string, delimiter: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== delimiter && char !== ' ' && char !== '\t') return false;
  }
  return true;
}

function stripBom(bytes: Uint8Array): Uint8Array {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}
