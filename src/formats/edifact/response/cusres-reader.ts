import { escapedCharacters, joinLines } from '../mapping/edifact-values.js';
import type { EdifactMessage } from '../syntax/edifact-message.js';
import { optionalAt, valueAt } from '../syntax/edifact-segment.js';
import { CUSRES_CODES, type CusresError } from './cusres-generator.js';

/** A CUSRES read back: the verdict on a declaration and the errors it points at. */
export interface CusresReport {
  documentNumber?: string;
  /** From BGM 1225 / 4343: accepted (29, AP), rejected (27, RE), or another answer. */
  status: 'accepted' | 'rejected' | 'other';
  functionCode?: string;
  responseType?: string;
  references: { qualifier: string; value?: string }[];
  errors: (CusresError & { section?: string })[];
}

export function readCusres(message: EdifactMessage): CusresReport {
  const escaped = escapedCharacters(message.interchange.separators);
  const bgm = message.segments.find((s) => s.tag === 'BGM');
  const functionCode = bgm && optionalAt(bgm, 2);
  const responseType = bgm && optionalAt(bgm, 3);
  const status =
    functionCode === CUSRES_CODES.accepted.function || responseType === CUSRES_CODES.accepted.response
      ? 'accepted'
      : functionCode === CUSRES_CODES.rejected.function || responseType === CUSRES_CODES.rejected.response
        ? 'rejected'
        : 'other';
  const report: CusresReport = { status, references: [], errors: [] };
  const documentNumber = bgm && optionalAt(bgm, 1);
  Object.assign(report, {
    ...(documentNumber ? { documentNumber } : {}),
    ...(functionCode ? { functionCode } : {}),
    ...(responseType ? { responseType } : {}),
  });
  let error: CusresReport['errors'][number] | undefined;
  for (const segment of message.segments) {
    if (segment.tag === 'ERP') {
      const item = optionalAt(segment, 0, 1);
      const position = optionalAt(segment, 1, 1);
      const tag = optionalAt(segment, 1, 0);
      const section = optionalAt(segment, 0, 0);
      error = {
        code: '',
        text: '',
        ...(section ? { section } : {}),
        ...(item ? { goodsItem: Number(item) } : {}),
        ...(tag ? { tag } : {}),
        ...(position ? { segment: Number(position) } : {}),
      };
      report.errors.push(error);
    } else if (segment.tag === 'RFF') {
      const reference = {
        qualifier: valueAt(segment, 0, 0),
        ...(optionalAt(segment, 0, 1) ? { value: valueAt(segment, 0, 1) } : {}),
      };
      if (error && reference.qualifier === 'ZZZ') error.reference = reference.value;
      else if (!error) report.references.push(reference);
    } else if (segment.tag === 'ERC' && error) {
      error.code = valueAt(segment, 0, 0);
    } else if (segment.tag === 'FTX' && error && optionalAt(segment, 0) === CUSRES_CODES.errorText) {
      const elementId = optionalAt(segment, 2, 0);
      if (elementId) error.elementId = elementId;
      error.text = joinLines(segment.elements[3] ?? [], 70, escaped) ?? '';
    }
  }
  return report;
}
