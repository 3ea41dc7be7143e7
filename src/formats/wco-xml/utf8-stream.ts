import { hexAround } from '../byte-position.js';
import { encodingHint } from '../text-encoding.js';
import { scanUtf8 } from '../utf8-check.js';

/** An invalid byte found while streaming. */
export interface BadByte {
  offset: number;
  line: number;
  /** Plain-language description with offset, line, column and the bytes around it. */
  description: string;
}

/**
 * Decodes a UTF-8 byte stream to text for a parser that needs text, and reports each invalid
 * sequence (with byte offset and line) instead of failing: bad bytes become U+FFFD so the
 * parser's line numbers stay right, and the caller rejects what the bad bytes touched.
 */
export class Utf8Stream {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false });
  private offset = 0;
  private line = 1;
  private carry = new Uint8Array(0);
  readonly bad: BadByte[] = [];

  push(chunk: Uint8Array): string {
    const bytes = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    const base = this.offset - this.carry.length;
    let from = 0;
    for (;;) {
      const scan = scanUtf8(bytes, from);
      if (scan.invalidAt < 0) {
        this.carry = scan.incompleteAt < 0 ? new Uint8Array(0) : bytes.slice(scan.incompleteAt);
        this.countLines(bytes, from, scan.incompleteAt < 0 ? bytes.length : scan.incompleteAt);
        break;
      }
      this.report(bytes, { at: scan.invalidAt, from, base });
      from = scan.invalidAt + 1;
    }
    this.offset = base + bytes.length - this.carry.length;
    return this.decoder.decode(chunk, { stream: true });
  }

  end(): string {
    if (this.carry.length > 0) this.report(this.carry, { at: 0, from: 0, base: this.offset });
    return this.decoder.decode();
  }

  private report(bytes: Uint8Array, where: { at: number; from: number; base: number }): void {
    this.countLines(bytes, where.from, where.at);
    const offset = where.base + where.at;
    const description = `invalid UTF-8 at byte offset ${offset} (line ${this.line}; bytes ${hexAround(bytes, where.at)}).${encodingHint(bytes, where.at)}`;
    this.bad.push({ offset, line: this.line, description });
  }

  private countLines(bytes: Uint8Array, from: number, to: number): void {
    for (let i = bytes.indexOf(0x0a, from); i >= 0 && i < to; i = bytes.indexOf(0x0a, i + 1)) this.line++;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
