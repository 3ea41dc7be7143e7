import type { CsvRecord } from './csv-records.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes records strictly as UTF-8. A buffer that is all ASCII (the usual case) is decoded once
 * and records are sliced from it; otherwise each record is decoded alone, so that an invalid byte
 * costs only its record.
 */
export class RecordText {
  private buffer: Uint8Array | undefined;
  private ascii: string | undefined;

  /** The record's text, or `undefined` when its bytes are not valid UTF-8. */
  of(record: CsvRecord): string | undefined {
    if (record.buffer !== this.buffer) {
      this.buffer = record.buffer;
      this.ascii = asciiText(record.buffer);
    }
    if (this.ascii !== undefined) return this.ascii.slice(record.start, record.end);
    try {
      return utf8.decode(record.buffer.subarray(record.start, record.end));
    } catch {
      return undefined;
    }
  }
}

function asciiText(buffer: Uint8Array): string | undefined {
  try {
    const text = utf8.decode(buffer);
    return text.length === buffer.length ? text : undefined;
  } catch {
    return undefined;
  }
}
