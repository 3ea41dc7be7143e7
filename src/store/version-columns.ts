import type { Declaration } from '../core/model/declaration-schema.js';
import type { NewDeclarationVersion } from '../core/ports/declaration-store.js';
import { textColumn } from './text-column.js';

/** The denormalised columns a version is queried by; the same on every engine. */
export interface VersionColumns {
  lrn: string | null;
  mrn: string | null;
  typeCode: string | null;
  /**
   * `YYYY-MM-DD`: the issue date, else the acceptance date, else the day of receipt, so that a
   * declaration without dates (WCO allows it) still sorts and filters by a date; '' if none reads.
   */
  issueDate: string;
  importerId: string | null;
  declarantId: string | null;
  functionCode: string;
  /** Commodity codes of all goods items, first appearance first, without dots or spaces. */
  hsCodes: string[];
  source: string;
  rawSha256: string;
}

/** Additional-code types (TARIC suffix, TARIC and national additional codes) are not HS codes. */
const NOT_COMMODITY_CODES = new Set(['TRC', 'TRA', 'GN']);

export function versionColumns(record: NewDeclarationVersion): VersionColumns {
  const declaration = record.declaration;
  return {
    functionCode: textColumn(declaration.functionCode),
    lrn: clean(declaration.functionalReferenceId),
    mrn: clean(declaration.mrn),
    typeCode: clean(declaration.typeCode),
    issueDate:
      normaliseIssueDate(declaration.issueDate) ||
      normaliseIssueDate(declaration.acceptanceDate) ||
      normaliseIssueDate(record.lineage.receivedAt),
    importerId: clean(declaration.parties.importer?.id),
    declarantId: clean(declaration.parties.declarant?.id),
    hsCodes: commodityCodes(declaration),
    source: clean(record.lineage.source) ?? '',
    rawSha256: record.lineage.rawSha256,
  };
}

/** ISO dates and WCO format 102/304 (`20221121...`) both become `YYYY-MM-DD`. */
export function normaliseIssueDate(value: string | undefined): string {
  const match = /^(\d{4})-?(\d{2})-?(\d{2})/.exec(value?.trim() ?? '');
  if (!match) return '';
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${year}-${month}-${day}` : '';
}

/** A commodity code as indexed and as matched by `hsPrefix`: letters and digits only. */
export function normaliseHsCode(value: string): string {
  return value.replace(/[^0-9A-Za-z]/g, '');
}

function commodityCodes(declaration: Declaration): string[] {
  const codes = new Set<string>();
  for (const item of declaration.goodsItems) {
    for (const classification of item.classifications) {
      const type = classification.identificationTypeCode?.trim().toUpperCase();
      if (type !== undefined && NOT_COMMODITY_CODES.has(type)) continue;
      const code = normaliseHsCode(classification.id);
      if (/^\d{2}/.test(code)) codes.add(code);
    }
  }
  return [...codes];
}

/** Query columns hold trimmed text; a lookup value gets the same treatment (see `queryText`). */
function clean(value: string | undefined): string | null {
  if (value === undefined) return null;
  const trimmed = queryText(value);
  return trimmed === '' ? null : trimmed;
}

export function queryText(value: string): string {
  return textColumn(value.trim());
}
