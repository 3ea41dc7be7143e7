import type { EdifactFinding } from './syntax/edifact-finding.js';
import type { EdifactEvent, EdifactMessage, InterchangeResult } from './syntax/edifact-message.js';
import type { EdifactReadOptions } from './syntax/edifact-stream-parser.js';
import type { EdifactParty } from './syntax/envelope-headers.js';
import { readEdifact, readEdifactSync, type EdifactSource } from './syntax/read-edifact.js';
import { validateInterchange } from './validation/interchange-validator.js';
import { validateMessage } from './validation/message-validator.js';

/** One message as checked: identity, verdict and findings (segments and tree are not kept). */
export interface EdifactMessageReport {
  index: number;
  reference: string;
  /** Message type as declared in UNH (may be empty). */
  type: string;
  /** The type the message was read as when UNH leaves it empty. */
  inferredType?: string;
  version: string;
  release: string;
  agency: string;
  associationCode?: string;
  /** UNG 0048 of the message's functional group. */
  groupReference?: string;
  /** BGM C106/1004: the document number (a declaration's LRN). */
  documentNumber?: string;
  /** Directory structure the message was checked against (`CUSDEC:D:96B`). */
  structureKey?: string;
  rejected: boolean;
  findings: EdifactFinding[];
}

/** One interchange as checked. */
export interface EdifactInterchangeReport {
  syntaxId?: string;
  syntaxVersion?: number;
  sender?: EdifactParty;
  recipient?: EdifactParty;
  controlReference?: string;
  test: boolean;
  /** Interchange and group level findings (UNA, UNB, UNG, UNE, UNZ, segments outside messages). */
  findings: EdifactFinding[];
  messages: EdifactMessageReport[];
  /** Functional groups with their references, in order. */
  groups: { reference: string; messageGroupId?: string; sender?: EdifactParty; recipient?: EdifactParty }[];
  packages: number;
  /** True when an interchange-level error stands. */
  rejected: boolean;
}

export interface EdifactValidationReport {
  interchanges: EdifactInterchangeReport[];
  errors: number;
  warnings: number;
}

/** Checks every interchange and message of the input: syntax, envelopes, structure, data elements. */
export async function validateEdifact(
  source: EdifactSource,
  options?: EdifactReadOptions,
): Promise<EdifactValidationReport> {
  const builder = new ReportBuilder();
  for await (const event of readEdifact(source, options)) builder.add(event);
  return builder.report();
}

export function validateEdifactSync(
  source: Uint8Array | string,
  options?: EdifactReadOptions,
): EdifactValidationReport {
  const builder = new ReportBuilder();
  for (const event of readEdifactSync(source, options)) builder.add(event);
  return builder.report();
}

class ReportBuilder {
  private readonly interchanges: EdifactInterchangeReport[] = [];
  private messages: EdifactMessageReport[] = [];
  private packages = 0;

  add(event: EdifactEvent): void {
    if (event.kind === 'message') this.messages.push(messageReport(event.message));
    else if (event.kind === 'package') this.packages++;
    else {
      this.interchanges.push(interchangeReport(event.interchange, this.messages, this.packages));
      this.messages = [];
      this.packages = 0;
    }
  }

  report(): EdifactValidationReport {
    const all = this.interchanges.flatMap((i) => [...i.findings, ...i.messages.flatMap((m) => m.findings)]);
    return {
      interchanges: this.interchanges,
      errors: all.filter((f) => f.severity === 'error').length,
      warnings: all.filter((f) => f.severity === 'warning').length,
    };
  }
}

function messageReport(message: EdifactMessage): EdifactMessageReport {
  const validation = validateMessage(message);
  const { header } = message;
  return {
    index: message.index,
    reference: header.reference,
    type: header.type,
    ...(validation.messageType !== header.type ? { inferredType: validation.messageType } : {}),
    version: header.version,
    release: header.release,
    agency: header.agency,
    ...(header.associationCode ? { associationCode: header.associationCode } : {}),
    ...(message.group ? { groupReference: message.group.reference } : {}),
    ...(validation.structureKey ? { structureKey: validation.structureKey } : {}),
    ...documentNumberOf(message),
    rejected: validation.rejected,
    findings: validation.findings,
  };
}

function documentNumberOf(message: EdifactMessage): { documentNumber?: string } {
  const value = message.segments.find((segment) => segment.tag === 'BGM')?.elements[1]?.[0];
  return value ? { documentNumber: value } : {};
}

function interchangeReport(
  result: InterchangeResult,
  messages: EdifactMessageReport[],
  packages: number,
): EdifactInterchangeReport {
  const findings = validateInterchange(result);
  const header = result.header;
  return {
    ...(header
      ? {
          syntaxId: header.syntaxId,
          syntaxVersion: header.syntaxVersion,
          sender: header.sender,
          recipient: header.recipient,
          controlReference: header.controlReference,
        }
      : {}),
    test: header?.test ?? false,
    findings,
    messages,
    groups: result.groups.map(({ header: group }) => ({
      reference: group.reference,
      ...(group.messageGroupId ? { messageGroupId: group.messageGroupId } : {}),
      ...(group.sender ? { sender: group.sender } : {}),
      ...(group.recipient ? { recipient: group.recipient } : {}),
    })),
    packages,
    rejected: findings.some((finding) => finding.severity === 'error'),
  };
}

/** The report as lines for a terminal: one per finding, grouped by interchange and message. */
export function describeEdifactReport(report: EdifactValidationReport): string[] {
  const lines: string[] = [];
  for (const interchange of report.interchanges) {
    const verdict = interchange.rejected ? 'REJECTED' : 'accepted';
    lines.push(
      `interchange ${interchange.controlReference ?? '(no UNB)'} (${interchange.syntaxId ?? '?'}:${interchange.syntaxVersion ?? '?'}): ${verdict}`,
    );
    for (const finding of interchange.findings) lines.push(`  ${finding.severity}: ${finding.message}`);
    for (const message of interchange.messages) {
      lines.push(
        `  message ${message.reference} ${message.type || message.inferredType || '?'} ${message.version}:${message.release}: ${message.rejected ? 'REJECTED' : 'accepted'}`,
      );
      for (const finding of message.findings) lines.push(`    ${finding.severity}: ${finding.message}`);
    }
  }
  lines.push(`${report.errors} error(s), ${report.warnings} warning(s)`);
  return lines;
}
