import type { CargoReport } from '../../core/model/cargo-report.js';
import type { DecodeProblem, RawUnit } from '../decode-event.js';
import { decodeProblem } from '../decode-problem.js';
import type { EdifactDecodeOptions } from './edifact-decoder.js';
import { EDIFACT_MEDIA_TYPE, findingProblem } from './edifact-problems.js';
import { cuscarToCargoReport } from './mapping/cuscar/cuscar-to-cargo-report.js';
import type { EdifactFinding } from './syntax/edifact-finding.js';
import { messageBytes, type EdifactEvent, type EdifactMessage } from './syntax/edifact-message.js';
import { EdifactStreamParser } from './syntax/edifact-stream-parser.js';
import { validateInterchange } from './validation/interchange-validator.js';
import { validateMessage, type MessageValidation } from './validation/message-validator.js';

/** A cargo report read from one CUSCAR message. */
export interface DecodedCargoReport {
  kind: 'cargo-report';
  report: CargoReport;
  /** 0-based index of the message in its interchange. */
  position: number;
  raw: RawUnit;
  /** Findings that did not stop decoding (all findings, errors included, in lenient mode). */
  warnings: EdifactFinding[];
}

export type CargoReportEvent = DecodedCargoReport | DecodeProblem;

/** Chunk decoder for cargo reports: each CUSCAR message becomes a `CargoReport` once its UNT arrives. */
export interface CargoReportDecoder {
  push(chunk: Uint8Array): CargoReportEvent[];
  end(): CargoReportEvent[];
}

export function createCargoReportDecoder(options: EdifactDecodeOptions = {}): CargoReportDecoder {
  const parser = new EdifactStreamParser(options);
  const convert = (events: EdifactEvent[]) => events.flatMap((event) => eventsOf(event, options));
  return { push: (chunk) => convert(parser.push(chunk)), end: () => convert(parser.end()) };
}

function eventsOf(event: EdifactEvent, options: EdifactDecodeOptions): CargoReportEvent[] {
  if (event.kind === 'interchange') {
    return validateInterchange(event.interchange)
      .filter((finding) => finding.severity === 'error')
      .map((finding) => findingProblem(finding));
  }
  return event.kind === 'message' ? cargoReportEvents(event.message, options) : [];
}

/** One EDIFACT message as a cargo report, or the problems that stop it (the main EDIFACT decoder uses it for CUSCAR). */
export function cargoReportEvents(
  message: EdifactMessage,
  options: EdifactDecodeOptions,
  validation: MessageValidation = validateMessage(message),
): CargoReportEvent[] {
  const raw = { body: messageBytes(message), mediaType: EDIFACT_MEDIA_TYPE };
  const position = message.index;
  if (validation.messageType !== 'CUSCAR') {
    return [
      decodeProblem('edifact', 'unexpected-element', {
        message: `message ${message.header.reference}: ${validation.messageType || 'a message without a type'} is not a cargo report (CUSCAR)`,
        position,
        element: 'UNH S009/0065',
        raw,
      }),
    ];
  }
  const errors = validation.findings.filter((finding) => finding.severity === 'error');
  if ((errors.length > 0 && !options.lenient) || !validation.tree) {
    return errors.map((finding) => findingProblem(finding, { position, raw }));
  }
  const report = cuscarToCargoReport(message, validation.tree);
  const warnings = options.lenient ? validation.findings : validation.findings.filter((f) => f.severity === 'warning');
  return [{ kind: 'cargo-report', report, position, raw, warnings }];
}
