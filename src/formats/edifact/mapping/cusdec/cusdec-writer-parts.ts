import type { Declaration, DeclarationDocument, Party } from '../../../../core/model/declaration-schema.js';
import { segment, type ElementValue, type SegmentOut } from '../../response/edifact-writer.js';
import { edifactDate, formatNumber, splitLines } from '../edifact-values.js';
import { DATES, DEFAULT_STATEMENT_TYPE, DOCUMENT_KINDS } from './cusdec-codes.js';

/** A canonical field the CUSDEC cannot carry as it is (too many lines, not an ISO date...). */
export interface EncodeProblem {
  path: string;
  message: string;
}

/** Collects segments and problems while a declaration is written. */
export class CusdecOut {
  readonly segments: SegmentOut[] = [];
  readonly problems: EncodeProblem[] = [];

  add(tag: string, ...elements: ElementValue[]): void {
    this.segments.push(segment(tag, ...elements));
  }

  problem(path: string, message: string): void {
    this.problems.push({ path, message });
  }

  /** Text cut into lines of a field (FTX C108 5 x 70, NAD C080 5 x 35...). */
  lines(text: string | undefined, path: string, shape: { width: number; max: number }): string[] | undefined {
    if (text === undefined) return undefined;
    const lines = splitLines(text, shape.width, shape.max);
    if (!lines)
      this.problem(path, `longer than ${shape.width * shape.max} characters (${shape.max} lines of ${shape.width})`);
    return lines ?? splitLines(text.slice(0, shape.width * shape.max), shape.width, shape.max);
  }

  number(value: number | undefined): string | undefined {
    return value === undefined ? undefined : formatNumber(value);
  }

  /** DTM C507 for an ISO 8601 date or date-time. */
  date(qualifier: string, iso: string | undefined, path: string): void {
    if (iso === undefined) return;
    const value = edifactDate(iso);
    if (!value) {
      this.problem(path, `'${iso}' is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss])`);
      return;
    }
    this.add('DTM', [qualifier, ...value]);
  }

  weight(dimension: string, kilograms: number | undefined): void {
    if (kilograms !== undefined) this.add('MEA', 'WT', dimension, ['KGM', this.number(kilograms)]);
  }

  statements(statements: Declaration['additionalInformation'], path: string): void {
    (statements ?? []).forEach((statement, i) => {
      const lines = this.lines(statement.statementDescription, `${path}[${i}].statementDescription`, {
        width: 70,
        max: 5,
      });
      this.add('FTX', statement.statementTypeCode ?? DEFAULT_STATEMENT_TYPE, undefined, statement.statementCode, lines);
    });
  }

  /** DOC groups: previous documents as 190, the others as 916, each type in C002/1000. */
  documents(
    lists: { documents?: DeclarationDocument[]; previousDocuments?: DeclarationDocument[] },
    path: string,
  ): void {
    const write = (document: DeclarationDocument, kind: string, at: string) => {
      this.add(
        'DOC',
        [kind, document.categoryCode, undefined, document.typeCode],
        [document.id, document.lpcoExemptionCode],
      );
      this.date(DATES.documentDate, document.effectiveDate, `${at}.effectiveDate`);
    };
    (lists.previousDocuments ?? []).forEach((d, i) =>
      write(d, DOCUMENT_KINDS.previous, `${path}previousDocuments[${i}]`),
    );
    (lists.documents ?? []).forEach((d, i) => write(d, DOCUMENT_KINDS.other, `${path}documents[${i}]`));
  }

  party(qualifier: string, party: Party, path: string): void {
    const name = this.lines(party.name, `${path}.name`, { width: 35, max: 5 });
    const street = this.lines(party.address?.line, `${path}.address.line`, { width: 35, max: 4 });
    const address = party.address;
    this.add(
      'NAD',
      qualifier,
      party.id,
      undefined,
      name,
      street,
      address?.cityName,
      undefined,
      address?.postcodeId,
      address?.countryCode,
    );
  }
}
