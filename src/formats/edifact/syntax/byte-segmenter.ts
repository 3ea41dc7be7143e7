/**
 * One segment as bytes: `source[start, end)` is the segment without its terminator (and without the
 * line breaks or indentation before it); `source[rawStart, rawEnd)` is everything received for it.
 */
export interface RawSegment {
  source: Buffer;
  start: number;
  end: number;
  rawStart: number;
  rawEnd: number;
  /** Byte offset of `start` in the whole input. */
  offset: number;
  /** 1-based line of the segment start. */
  line: number;
  /** Set when the segment exceeded the size limit and was cut. */
  oversize?: boolean;
}

const WHITESPACE = [0x0d, 0x0a, 0x09, 0x20];
const HEAD_KEPT = 64;

/** Service bytes the segmenter needs: the segment terminator and the release character. */
export interface SegmenterConfig {
  terminator: number;
  release?: number;
  maxSegmentBytes: number;
}

/**
 * Splits a byte stream into segments on the terminator, honouring the release character, across
 * chunk boundaries, in bounded memory (a segment longer than the limit is cut, not buffered).
 * Pull-based: `push` a chunk, then call `next` until it returns undefined.
 */
export class ByteSegmenter {
  private chunk: Buffer | undefined;
  private pos = 0;
  /** Interchange offset of `chunk[0]`. */
  private chunkBase = 0;
  private carry: Buffer | undefined;
  private carryBase = 0;
  private dropping = false;
  private pendingSkip = 0;
  private consumed = 0;
  private line = 1;
  /** Next line feed in `lfSource` at or after the last place looked at (-1: none): one scan per chunk. */
  private lfSource: Buffer | undefined;
  private nextLf = -1;
  private readonly whitespace: Set<number>;

  constructor(private readonly config: SegmenterConfig) {
    this.whitespace = new Set(WHITESPACE.filter((b) => b !== config.terminator && b !== config.release));
  }

  /** Accounts for bytes consumed before the first segment (byte order mark, UNA). */
  skip(bytes: number): void {
    this.consumed += bytes;
  }

  /** Skips the next `bytes` raw bytes (the object data after a UNO header). */
  skipRaw(bytes: number): void {
    this.pendingSkip += bytes;
  }

  push(chunk: Buffer): void {
    this.chunk = chunk;
    this.pos = 0;
    this.chunkBase = this.consumed;
    this.consumed += chunk.length;
  }

  next(): RawSegment | undefined {
    const chunk = this.chunk;
    if (!chunk) return undefined;
    if (this.pendingSkip > 0) this.skipPending(chunk);
    if (this.pos >= chunk.length) return this.retire();
    const t = this.findTerminator(chunk, this.pos);
    if (t < 0) {
      this.stash(chunk);
      return this.retire();
    }
    let segment: RawSegment;
    if (this.carry) {
      const source = this.dropping ? this.carry : Buffer.concat([this.carry, chunk.subarray(0, t + 1)]);
      segment = this.segment({ source, rawStart: 0, rawEnd: source.length, base: this.carryBase }, !this.dropping);
      if (this.dropping) segment.oversize = true;
      this.carry = undefined;
      this.dropping = false;
    } else {
      segment = this.segment({ source: chunk, rawStart: this.pos, rawEnd: t + 1, base: this.chunkBase }, true);
    }
    this.pos = t + 1;
    return segment;
  }

  /** What is left without a terminator at the end of input (a truncated segment), unless only whitespace. */
  finish(): RawSegment | undefined {
    const rest = this.carry;
    this.carry = undefined;
    if (!rest) return undefined;
    let start = 0;
    while (start < rest.length && this.whitespace.has(rest[start]!)) start++;
    if (start === rest.length) return undefined;
    const segment = this.segment({ source: rest, rawStart: 0, rawEnd: rest.length, base: this.carryBase }, false);
    if (this.dropping) segment.oversize = true;
    return segment;
  }

  private skipPending(chunk: Buffer): void {
    const n = Math.min(this.pendingSkip, chunk.length - this.pos);
    this.pos += n;
    this.pendingSkip -= n;
  }

  private retire(): undefined {
    this.chunk = undefined;
    return undefined;
  }

  /** Keeps the unterminated tail of a chunk for the next one (only its head once it is too long). */
  private stash(chunk: Buffer): void {
    const tail = chunk.subarray(this.pos);
    if (this.dropping) return;
    if (this.carry) this.carry = Buffer.concat([this.carry, tail]);
    else {
      this.carry = Buffer.from(tail);
      this.carryBase = this.chunkBase + this.pos;
    }
    if (this.carry.length > this.config.maxSegmentBytes) {
      this.carry = Buffer.from(this.carry.subarray(0, HEAD_KEPT));
      this.dropping = true;
    }
  }

  private findTerminator(chunk: Buffer, from: number): number {
    const { terminator, release } = this.config;
    let t = chunk.indexOf(terminator, from);
    while (t >= 0 && release !== undefined && this.releasedAt(chunk, t, from)) t = chunk.indexOf(terminator, t + 1);
    return t;
  }

  /** An odd number of release characters right before `t` escapes it (counting into the carry). */
  private releasedAt(chunk: Buffer, t: number, from: number): boolean {
    const release = this.config.release;
    let count = 0;
    let i = t - 1;
    while (i >= from && chunk[i] === release) {
      count++;
      i--;
    }
    if (i < from && this.carry && !this.dropping) {
      let j = this.carry.length - 1;
      while (j >= 0 && this.carry[j] === release) {
        count++;
        j--;
      }
    }
    return count % 2 === 1;
  }

  private segment(span: Span, terminated: boolean): RawSegment {
    const { source, rawStart, rawEnd } = span;
    const stop = terminated ? rawEnd - 1 : rawEnd;
    let start = rawStart;
    while (start < stop && this.whitespace.has(source[start]!)) start++;
    this.countLines(source, rawStart, start);
    const line = this.line;
    this.countLines(source, start, rawEnd);
    return { source, start, end: stop, rawStart, rawEnd, offset: span.base + start, line };
  }

  private countLines(source: Buffer, from: number, to: number): void {
    if (source !== this.lfSource || (this.nextLf !== -1 && this.nextLf < from)) {
      this.lfSource = source;
      this.nextLf = source.indexOf(0x0a, from);
    }
    while (this.nextLf !== -1 && this.nextLf < to) {
      this.line++;
      this.nextLf = source.indexOf(0x0a, this.nextLf + 1);
    }
  }
}

interface Span {
  source: Buffer;
  rawStart: number;
  rawEnd: number;
  /** Input offset of `source[0]`. */
  base: number;
}
