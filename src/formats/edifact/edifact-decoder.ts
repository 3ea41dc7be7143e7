import type { ChunkDecoder } from '../chunk-decoder.js';
import type { DecodedDeclaration, DecodeEvent } from '../decode-event.js';
import type { DecodeOptions } from '../decode-options.js';
import { checkDeclaration } from '../declaration-check.js';
import { decodeProblem } from '../decode-problem.js';
import { cargoReportEvents } from './cargo-report-decoder.js';
import { EDIFACT_MEDIA_TYPE, findingProblem } from './edifact-problems.js';
import { cusdecToDeclaration } from './mapping/cusdec/cusdec-to-declaration.js';
import type { SourceMap } from './mapping/source-map.js';
import type { EdifactFinding } from './syntax/edifact-finding.js';
import { messageBytes, type EdifactEvent, type EdifactMessage } from './syntax/edifact-message.js';
import { EdifactStreamParser, type EdifactReadOptions } from './syntax/edifact-stream-parser.js';
import { validateInterchange } from './validation/interchange-validator.js';
import { validateMessage, type MessageValidation } from './validation/message-validator.js';

/** Options of the EDIFACT decoders (on top of the common decode options). */
export interface EdifactDecodeOptions extends DecodeOptions, EdifactReadOptions {
  /**
   * Map a message even when syntax or structure errors stand (they come with the result as warnings).
   * Default false: a message with an error is answered with its problems only.
   */
  lenient?: boolean;
}

/** A declaration decoded from a CUSDEC, with what the EDIFACT layer knows about it. */
export interface EdifactDecodedDeclaration extends DecodedDeclaration {
  edifact: {
    /** UNH 0062 and UNB 0020. */
    messageReference: string;
    interchangeReference: string;
    /** Findings that did not stop decoding (trailer count mismatch, codes of an implementation guide...). */
    warnings: EdifactFinding[];
    /** Canonical path → segment and element, to point into the message in a CUSRES. */
    sourceMap: SourceMap;
  };
}

const MAX_PROBLEMS = 50;

/**
 * The UN/EDIFACT chunk decoder: CUSDEC messages become canonical declarations, one event per message
 * as soon as its UNT arrives (bounded memory); anything else (syntax errors, other message types)
 * becomes problems that name the segment position, tag and element.
 */
export function createEdifactDecoder(options: EdifactDecodeOptions = {}): ChunkDecoder {
  const parser = new EdifactStreamParser(options);
  const convert = (events: EdifactEvent[]) => events.flatMap((event) => [...eventsOf(event, options)]);
  return { push: (chunk) => convert(parser.push(chunk)), end: () => convert(parser.end()) };
}

function* eventsOf(event: EdifactEvent, options: EdifactDecodeOptions): Generator<DecodeEvent> {
  if (event.kind === 'message') yield* messageEvents(event.message, options);
  else if (event.kind === 'interchange') {
    for (const finding of validateInterchange(event.interchange)) {
      if (finding.severity === 'error') yield findingProblem(finding);
    }
  }
}

/** A CUSCAR becomes a `cargo-report` message event (the message store keeps it for the manifest check). */
function* cargoReportMessages(
  message: EdifactMessage,
  options: EdifactDecodeOptions,
  validation: MessageValidation,
): Generator<DecodeEvent> {
  for (const event of cargoReportEvents(message, options, validation)) {
    if (event.kind === 'problem') yield event;
    else {
      const warnings = event.warnings.map((finding) => ({
        message: finding.message,
        ...(finding.elementId ? { element: `${finding.tag ?? ''} ${finding.elementId}`.trim() } : {}),
        ...(finding.line === undefined ? {} : { line: finding.line }),
      }));
      yield {
        kind: 'message',
        format: 'edifact',
        messageType: 'cargo-report',
        name: 'CUSCAR',
        message: event.report,
        position: event.position,
        raw: event.raw,
        warnings,
      };
    }
  }
}

function* messageEvents(message: EdifactMessage, options: EdifactDecodeOptions): Generator<DecodeEvent> {
  const raw = { body: messageBytes(message), mediaType: EDIFACT_MEDIA_TYPE };
  const position = message.index;
  const validation = validateMessage(message);
  if (validation.messageType === 'CUSCAR') {
    yield* cargoReportMessages(message, options, validation);
    return;
  }
  if (validation.messageType !== 'CUSDEC') {
    const type = validation.messageType || 'a message without a type';
    yield decodeProblem('edifact', 'unexpected-element', {
      message: `message ${message.header.reference}: ${type} is neither a customs declaration (CUSDEC) nor a cargo report (CUSCAR)`,
      position,
      element: 'UNH S009/0065',
      raw,
    });
    return;
  }
  const errors = validation.findings.filter((finding) => finding.severity === 'error');
  if ((errors.length > 0 && !options.lenient) || !validation.tree) {
    for (const finding of errors.slice(0, MAX_PROBLEMS)) yield findingProblem(finding, { position, raw });
    return;
  }
  const mapping = cusdecToDeclaration(message, validation.tree);
  const faults = checkDeclaration(mapping.declaration);
  if (faults.length > 0) {
    for (const fault of faults) {
      const source = mapping.sourceMap.find(fault.path);
      const where = source
        ? `segment ${source.segment} ${source.tag}${source.elementId ? `, element ${source.elementId}` : ''}: `
        : '';
      yield decodeProblem('edifact', fault.code, {
        message: `${where}${fault.message}`,
        position,
        element: fault.path,
        raw,
      });
    }
    return;
  }
  const decoded: EdifactDecodedDeclaration = {
    kind: 'declaration',
    format: 'edifact',
    declaration: mapping.declaration,
    position,
    raw,
    edifact: {
      messageReference: message.header.reference,
      interchangeReference: message.interchange.controlReference,
      warnings: [
        ...validation.findings.filter((finding) => finding.severity === 'warning'),
        ...mapping.notes,
        ...errors,
      ],
      sourceMap: mapping.sourceMap,
    },
  };
  yield decoded;
}
