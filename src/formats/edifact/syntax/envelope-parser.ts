import type { RawSegment } from './byte-segmenter.js';
import { createFinding, type EdifactFinding } from './edifact-finding.js';
import { emptyInterchangeResult } from './edifact-message.js';
import type { EdifactEvent, EdifactMessage, EdifactPackage, GroupSummary } from './edifact-message.js';
import type { EdifactSegment } from './edifact-segment.js';
import { envelopeCountFindings } from './envelope-counts.js';
import { readGroupHeader, readMessageHeader, type InterchangeHeader } from './envelope-headers.js';
import { closePackage, envelopeProblems, MAX_OUTSIDE, openPackage, type EnvelopeProblem } from './envelope-problems.js';
import { flawFindings } from './flaw-findings.js';

/** Limits that keep memory bounded whatever the input. */
export interface EnvelopeLimits {
  maxMessageSegments: number;
  maxMessageBytes: number;
}

type State = 'start' | 'interchange' | 'group' | 'message' | 'done';

/**
 * The envelope state machine: UNB/UNZ, UNG/UNE, UNH/UNT, with their counts and references. Emits each
 * message as soon as its UNT (or the next envelope segment) arrives, so memory holds one message.
 */
export class EnvelopeParser {
  private state: State = 'start';
  private header: InterchangeHeader | undefined;
  private result = emptyInterchangeResult();
  private group: GroupSummary | undefined;
  private message: (EdifactMessage & { bytes: number }) | undefined;
  private directMessages = 0;
  private position = 0;
  private pack: EdifactPackage | undefined;
  private outsideCount = 0;
  private objectBytes = 0;

  constructor(
    private readonly limits: EnvelopeLimits,
    private readonly readHeader: (unb: EdifactSegment) => InterchangeHeader,
  ) {}

  /** Adds an interchange-level finding (UNA and UNB problems found by the caller). */
  addFinding(finding: EdifactFinding): void {
    this.result.findings.push(finding);
  }

  /** Length of the object data that follows the UNO just read (ISO 9735-8), to skip as raw bytes. */
  takeObjectBytes(): number {
    const bytes = this.objectBytes;
    this.objectBytes = 0;
    return bytes;
  }

  /** Position to give the next segment of the interchange (messages renumber theirs from UNH = 1). */
  nextPosition(): number {
    return this.position + 1;
  }

  /** Takes the next segment; the events it completes are pushed to `events`. */
  accept(segment: EdifactSegment, raw: RawSegment, events: EdifactEvent[]): void {
    this.position++;
    if (this.state === 'message' && !ENVELOPE_TAGS.has(segment.tag)) {
      this.append(segment, raw);
      if (segment.tag === 'UNT') this.closeMessage(events);
      return;
    }
    switch (segment.tag) {
      case 'UNB':
        this.startInterchange(segment, events);
        break;
      case 'UNG':
        this.closeMessage(events, 'UNG');
        this.startGroup(segment);
        break;
      case 'UNH':
        this.closeMessage(events, 'UNH');
        this.startMessage(segment, raw);
        break;
      case 'UNE':
        this.closeMessage(events, 'UNE');
        this.closeGroup(segment);
        break;
      case 'UNO':
        this.closeMessage(events, 'UNO');
        this.startPackage(segment);
        break;
      case 'UNP':
        this.closePackage(segment, events);
        break;
      case 'UNZ':
        this.closeMessage(events, 'UNZ');
        this.closeGroup();
        this.result.trailer = segment;
        this.result.serviceSegments.push(segment);
        this.finishInterchange(events);
        break;
      default:
        this.outside(segment);
    }
  }

  /** End of input: close whatever is open and report what is missing. */
  end(truncated: boolean): EdifactEvent[] {
    const events: EdifactEvent[] = [];
    if (this.state === 'done') return events;
    this.closeMessage(events, truncated ? 'cut' : 'end');
    this.closeGroup();
    if (this.header || this.result.messageCount > 0) {
      this.report(envelopeProblems.truncated());
    } else {
      this.report(envelopeProblems.empty());
    }
    this.finishInterchange(events);
    return events;
  }

  private startInterchange(segment: EdifactSegment, events: EdifactEvent[]): void {
    if (this.state !== 'start' && this.state !== 'done') {
      this.closeMessage(events, 'UNB');
      this.closeGroup();
      this.report(envelopeProblems.unzBeforeUnb());
      this.finishInterchange(events);
    }
    this.header = this.readHeader(segment);
    this.result.header = this.header;
    this.result.serviceSegments.push(segment);
    this.result.findings.push(...flawFindings(segment, { level: 'interchange', characterSet: this.header.syntaxId }));
    this.state = 'interchange';
  }

  private startGroup(segment: EdifactSegment): void {
    this.ensureInterchange(segment);
    if (this.directMessages > 0) {
      this.report(envelopeProblems.groupsAfterMessages(segment));
    }
    this.closeGroup();
    this.group = { header: readGroupHeader(segment), messageCount: 0 };
    this.result.groups.push(this.group);
    this.result.serviceSegments.push(segment);
    this.result.findings.push(...flawFindings(segment, { level: 'group', characterSet: this.header?.syntaxId }));
    this.state = 'group';
  }

  private closeGroup(trailer?: EdifactSegment): void {
    if (trailer && !this.group) {
      this.outside(trailer);
      return;
    }
    const group = this.group;
    if (!group) return;
    this.group = undefined;
    this.state = 'interchange';
    if (trailer) {
      group.trailer = trailer;
      this.result.serviceSegments.push(trailer);
    }
    this.result.findings.push(...envelopeCountFindings.group(group));
  }

  /** UNO: an object (associated data, ISO 9735-8) whose bytes follow; its length is the last data element. */
  private startPackage(segment: EdifactSegment): void {
    this.ensureInterchange(segment);
    const { pack, problem } = openPackage(segment);
    this.pack = pack;
    this.objectBytes = pack.length;
    if (problem) this.report(problem);
    this.result.serviceSegments.push(segment);
  }

  private closePackage(segment: EdifactSegment, events: EdifactEvent[]): void {
    const pack = this.pack;
    if (!pack) {
      this.outside(segment);
      return;
    }
    this.pack = undefined;
    this.result.serviceSegments.push(segment);
    const problem = closePackage(pack, segment);
    if (problem) this.report(problem);
    this.directMessages++;
    events.push({ kind: 'package', package: pack });
  }

  private startMessage(segment: EdifactSegment, raw: RawSegment): void {
    this.ensureInterchange(segment);
    if (this.state === 'interchange' && this.result.groups.length > 0) {
      this.report(envelopeProblems.messageAfterGroups(segment));
    }
    const header = readMessageHeader(segment);
    segment.position = 1;
    this.message = {
      interchange: this.header!,
      ...(this.group ? { group: this.group.header } : {}),
      index: this.result.messageCount,
      header,
      segments: [segment],
      segmentCount: 1,
      findings: [],
      raw: [{ source: raw.source, start: raw.start, end: raw.rawEnd }],
      offset: segment.offset,
      line: segment.line,
      bytes: raw.rawEnd - raw.start,
    };
    this.state = 'message';
  }

  private append(segment: EdifactSegment, raw: RawSegment): void {
    const message = this.message!;
    segment.position = ++message.segmentCount;
    message.bytes += raw.rawEnd - raw.rawStart;
    if (message.segmentCount > this.limits.maxMessageSegments || message.bytes > this.limits.maxMessageBytes) {
      if (message.segments.length === message.segmentCount - 1) {
        const problem = envelopeProblems.tooLarge(segment, this.limits);
        message.findings.push(
          createFinding({ ...problem, level: 'message', messageReference: message.header.reference }),
        );
      }
      if (segment.tag !== 'UNT') return;
    }
    message.segments.push(segment);
    const last = message.raw[message.raw.length - 1]!;
    if (last.source === raw.source && last.end === raw.rawStart) last.end = raw.rawEnd;
    else message.raw.push({ source: raw.source, start: raw.rawStart, end: raw.rawEnd });
  }

  /** Closes the open message; `interruptedBy` names what came instead of UNT. */
  private closeMessage(events: EdifactEvent[], interruptedBy?: string): void {
    const message = this.message;
    if (!message) return;
    this.message = undefined;
    this.state = this.group ? 'group' : 'interchange';
    const complete: EdifactMessage = { ...message };
    delete (complete as Partial<typeof message>).bytes;
    const context = {
      level: 'message' as const,
      characterSet: this.header?.syntaxId,
      messageReference: message.header.reference,
    };
    for (const segment of complete.segments)
      if (segment.flaws) complete.findings.push(...flawFindings(segment, context));
    complete.findings.push(...envelopeCountFindings.message(complete, interruptedBy));
    this.result.messageCount++;
    if (this.group) this.group.messageCount++;
    else this.directMessages++;
    if (complete.findings.some((finding) => finding.severity === 'error')) this.result.rejectedMessages++;
    events.push({ kind: 'message', message: complete });
  }

  private finishInterchange(events: EdifactEvent[]): void {
    if (this.outsideCount > MAX_OUTSIDE) {
      this.report(envelopeProblems.moreOutside(this.outsideCount - MAX_OUTSIDE));
    }
    this.outsideCount = 0;
    if (this.result.trailer)
      this.result.findings.push(...envelopeCountFindings.interchange(this.result, this.directMessages));
    this.result.segmentCount = this.position;
    this.position = 0;
    events.push({ kind: 'interchange', interchange: this.result });
    this.result = emptyInterchangeResult();
    this.header = undefined;
    this.directMessages = 0;
    this.state = 'done';
  }

  private ensureInterchange(segment: EdifactSegment): void {
    if (this.header) return;
    this.report(envelopeProblems.missingHeader(segment));
    this.header = this.readHeader({
      tag: 'UNB',
      elements: [],
      position: 0,
      offset: segment.offset,
      line: segment.line,
    });
    this.result.header = this.header;
    this.state = 'interchange';
  }

  private outside(segment: EdifactSegment): void {
    const badTag = segment.flaws?.find((flaw) => flaw.kind === 'bad-tag');
    if (badTag) {
      if (this.state === 'start' && segment.tag.startsWith('UNB') && this.position === 1) {
        this.report(envelopeProblems.unreadableHeader(segment));
        return;
      }
      if (this.outsideCount++ < MAX_OUTSIDE)
        this.result.findings.push(...flawFindings(segment, { level: 'interchange' }));
      return;
    }
    if (this.outsideCount++ >= MAX_OUTSIDE) return;
    this.report(envelopeProblems.outside(segment));
  }

  private report(input: EnvelopeProblem): void {
    this.result.findings.push(createFinding({ level: 'interchange', ...input }));
  }
}

const ENVELOPE_TAGS = new Set(['UNB', 'UNG', 'UNH', 'UNE', 'UNZ', 'UNO', 'UNP']);
