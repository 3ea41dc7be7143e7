import { ByteSegmenter, type RawSegment } from './byte-segmenter.js';
import { characterSetFor } from './character-set.js';
import { createFinding } from './edifact-finding.js';
import type { EdifactEvent } from './edifact-message.js';
import type { EdifactSegment } from './edifact-segment.js';
import { readInterchangeHeader, type InterchangeHeader } from './envelope-headers.js';
import { EnvelopeParser } from './envelope-parser.js';
import { SNIFF_BYTES, sniffInterchange, type InterchangeStart } from './interchange-sniffer.js';
import { SegmentDecoder } from './segment-decoder.js';
import { quote, type Separators } from './separators.js';

/** Limits that bound memory whatever the input; defaults suit real customs traffic. */
export interface EdifactReadOptions {
  /** Longest segment read whole (default 1 MiB); longer ones are cut and reported. */
  maxSegmentBytes?: number;
  /** Most segments kept per message (default 1,000,000). */
  maxMessageSegments?: number;
  /** Most bytes kept per message (default 64 MiB). */
  maxMessageBytes?: number;
}

/**
 * Streaming UN/EDIFACT reader: push chunks, get events (one per message, one per interchange).
 * Never throws on bad input: every problem becomes a finding.
 */
export class EdifactStreamParser {
  private head: Buffer[] = [];
  private headLength = 0;
  private start: InterchangeStart | undefined;
  private segmenter: ByteSegmenter | undefined;
  private decoder: SegmentDecoder | undefined;
  private readonly envelope: EnvelopeParser;

  constructor(private readonly options: EdifactReadOptions = {}) {
    this.envelope = new EnvelopeParser(
      {
        maxMessageSegments: options.maxMessageSegments ?? 1_000_000,
        maxMessageBytes: options.maxMessageBytes ?? 64 * 1024 * 1024,
      },
      (unb) => this.readHeader(unb),
    );
  }

  push(chunk: Uint8Array): EdifactEvent[] {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!this.segmenter) {
      this.head.push(buffer);
      this.headLength += buffer.length;
      if (this.headLength < SNIFF_BYTES) return [];
      return this.begin();
    }
    return this.feed(buffer);
  }

  end(): EdifactEvent[] {
    const events = this.segmenter ? [] : this.begin();
    const rest = this.segmenter!.finish();
    if (rest) this.accept(rest, events, true);
    events.push(...this.envelope.end(rest !== undefined));
    return events;
  }

  private begin(): EdifactEvent[] {
    const head = Buffer.concat(this.head);
    this.head = [];
    const start = sniffInterchange(head);
    this.start = start;
    this.segmenter = new ByteSegmenter({
      terminator: start.separators.segment.charCodeAt(0),
      ...(start.separators.release !== undefined ? { release: start.separators.release.charCodeAt(0) } : {}),
      maxSegmentBytes: this.options.maxSegmentBytes ?? 1024 * 1024,
    });
    this.decoder = new SegmentDecoder(start.separators);
    for (const problem of start.problems) {
      this.envelope.addFinding(
        createFinding({
          level: 'interchange',
          tag: 'UNA',
          offset: 0,
          line: 1,
          code: 'una-invalid',
          severity: 'error',
          syntaxError: '20',
          reason: problem,
        }),
      );
    }
    return this.feed(head.subarray(start.skip), start.skip);
  }

  private feed(buffer: Buffer, skipped = 0): EdifactEvent[] {
    const segmenter = this.segmenter!;
    if (skipped > 0) segmenter.skip(skipped);
    segmenter.push(buffer);
    const events: EdifactEvent[] = [];
    for (let raw = segmenter.next(); raw; raw = segmenter.next()) {
      this.accept(raw, events);
      const objectBytes = this.envelope.takeObjectBytes();
      if (objectBytes > 0) segmenter.skipRaw(objectBytes);
    }
    return events;
  }

  private accept(raw: RawSegment, events: EdifactEvent[], unterminated = false): void {
    const segment = this.decoder!.decode(raw, this.envelope.nextPosition());
    if (unterminated) (segment.flaws ??= []).push({ kind: 'unterminated' });
    this.envelope.accept(segment, raw, events);
  }

  private readHeader(unb: EdifactSegment): InterchangeHeader {
    const start = this.start!;
    const base = readInterchangeHeader(unb, { separators: start.separators, una: start.una });
    const at = { level: 'interchange' as const, segment: unb.position, tag: 'UNB', offset: unb.offset, line: unb.line };
    const report = (finding: Parameters<typeof createFinding>[0]) => this.envelope.addFinding(createFinding(finding));
    if (start.bom)
      report({
        ...at,
        code: 'bom',
        severity: 'warning',
        syntaxError: '21',
        reason: 'the interchange starts with a byte order mark, which is not part of UN/EDIFACT',
      });
    const version = base.syntaxVersion;
    if (unb.elements.length > 0 && !(version >= 1 && version <= 4)) {
      report({
        ...at,
        element: 1,
        component: 2,
        elementId: 'S001/0002',
        value: String(unb.elements[0]?.[1] ?? ''),
        code: 'syntax-unsupported',
        severity: 'error',
        syntaxError: '2',
        reason: 'syntax version must be 1 to 4; read with version 3 rules',
      });
    }
    const characterSet = characterSetFor(base.syntaxId);
    if (!characterSet && unb.elements.length > 0) {
      report({
        ...at,
        element: 1,
        component: 1,
        elementId: 'S001/0001',
        value: base.syntaxId,
        code: 'charset-unsupported',
        severity: 'error',
        syntaxError: '2',
        reason: `syntax identifier ${quote(base.syntaxId)} is not a character set Tamga reads (UNOA to UNOK, UNOW, UNOY); bytes are read as Latin-1 without checks`,
      });
    }
    const separators = this.finalSeparators(version);
    if (start.una && version < 4 && start.position5 !== undefined && start.position5 !== ' ') {
      report({
        ...at,
        tag: 'UNA',
        code: 'una-invalid',
        severity: 'warning',
        syntaxError: '20',
        reason: `UNA position 5 is reserved (a space) in syntax version ${version}; ${quote(start.position5)} is not used as a repetition separator`,
      });
    }
    this.decoder!.configure(separators, characterSet);
    return { ...base, separators, ...(characterSet ? { characterSet } : {}) };
  }

  /** Syntax 4 adds the repetition separator: UNA position 5, or `*` (IS2 at level B) by default. */
  private finalSeparators(version: number): Separators {
    const start = this.start!;
    const base: Separators = { ...start.separators };
    delete base.repetition;
    if (version < 4) return base;
    if (start.una) return start.position5 && start.position5 !== ' ' ? { ...base, repetition: start.position5 } : base;
    return { ...base, repetition: start.separators.repetition ?? '*' };
  }
}
