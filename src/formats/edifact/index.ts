/**
 * UN/EDIFACT for Tamga: streaming syntax (ISO 9735 v3/v4), directory-driven validation, CUSDEC and
 * CUSCAR mappings, and answers in kind (CONTRL, CUSRES).
 */
export { createEdifactDecoder, type EdifactDecodeOptions, type EdifactDecodedDeclaration } from './edifact-decoder.js';
export {
  createCargoReportDecoder,
  type CargoReportDecoder,
  type CargoReportEvent,
  type DecodedCargoReport,
} from './cargo-report-decoder.js';
export { EDIFACT_MEDIA_TYPE } from './edifact-problems.js';
export {
  describeEdifactReport,
  validateEdifact,
  validateEdifactSync,
  type EdifactInterchangeReport,
  type EdifactMessageReport,
  type EdifactValidationReport,
} from './validate-edifact.js';
export { cusdecToDeclaration, type CusdecMapping } from './mapping/cusdec/cusdec-to-declaration.js';
export {
  declarationToCusdec,
  encodeCusdec,
  TAMGA_GUIDE,
  type CusdecInterchange,
} from './mapping/cusdec/declaration-to-cusdec.js';
export type { EncodeProblem } from './mapping/cusdec/cusdec-writer-parts.js';
export { cuscarToCargoReport } from './mapping/cuscar/cuscar-to-cargo-report.js';
export { SourceMap, type SourcePointer } from './mapping/source-map.js';
export { createContrl, createContrlMessage, CONTRL_ACTIONS, type ContrlOptions } from './response/contrl-generator.js';
export { readContrl, type ContrlReport, type ContrlMessageReport, type ContrlError } from './response/contrl-reader.js';
export {
  createCusres,
  createCusresMessage,
  CUSRES_CODES,
  type CusresError,
  type CusresInterchangeOptions,
  type CusresOptions,
} from './response/cusres-generator.js';
export { readCusres, type CusresReport } from './response/cusres-reader.js';
export { cusresErrorsFromEdifact, cusresErrorsFromFindings, cusresOptionsFor } from './response/cusres-errors.js';
export {
  answerEdifact,
  type AnswerOptions,
  type DeclarationVerdict,
  type EdifactAnswers,
} from './response/answer-edifact.js';
export {
  writeInterchange,
  formatSegment,
  type InterchangeOut,
  type MessageOut,
  type SegmentOut,
} from './response/edifact-writer.js';
export { readEdifact, readEdifactSync, type EdifactSource } from './syntax/read-edifact.js';
export { EdifactStreamParser, type EdifactReadOptions } from './syntax/edifact-stream-parser.js';
export type { EdifactEvent, EdifactMessage, InterchangeResult, EdifactPackage } from './syntax/edifact-message.js';
export type { EdifactFinding, EdifactFindingCode } from './syntax/edifact-finding.js';
export type { EdifactSegment } from './syntax/edifact-segment.js';
export { validateMessage, type MessageValidation } from './validation/message-validator.js';
export { validateInterchange } from './validation/interchange-validator.js';
export { EdifactDirectory } from './directory/edifact-directory.js';
