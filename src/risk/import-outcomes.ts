import { detectDelimiter, splitHeaderLine } from '../formats/csv/csv-header.js';
import { recordInspection, type InspectionReport } from './record-inspection.js';
import type { RiskEngine } from './risk-engine.js';

/** A row that could not be recorded: where, and what to change. */
export interface OutcomeProblem {
  line: number;
  column?: string;
  message: string;
}

export interface OutcomeImportReport {
  rows: number;
  recorded: number;
  problems: OutcomeProblem[];
}

/** Accepted column names (compared lower-case, without spaces, dashes or underscores). */
const COLUMNS = {
  reference: ['declaration', 'declarationid', 'id', 'lrn', 'mrn', 'reference'],
  outcome: ['outcome', 'fraud', 'result'],
  critical: ['critical', 'criticalfraud'],
  revenue: ['revenue', 'revenueraised'],
  discrepancy: ['discrepancy', 'discrepancyfound'],
  notes: ['notes', 'note', 'comment'],
  inspectedAt: ['inspectedat', 'inspected', 'date'],
  officer: ['officer', 'inspector'],
} as const;

type Column = keyof typeof COLUMNS;
const normalise = (name: string) => name.toLowerCase().replace(/[\s_-]/g, '');
const YES = new Set(['1', 'true', 'yes', 'y', 'fraud']);
const NO = new Set(['0', 'false', 'no', 'n', 'clean']);

function columnsOf(header: readonly string[]): Partial<Record<Column, number>> {
  const found: Partial<Record<Column, number>> = {};
  header.forEach((name, index) => {
    const key = (Object.keys(COLUMNS) as Column[]).find((c) =>
      (COLUMNS[c] as readonly string[]).includes(normalise(name)),
    );
    if (key && found[key] === undefined) found[key] = index;
  });
  return found;
}

type Parsed = { report: InspectionReport; reference: string; officer?: string } | OutcomeProblem;

function parseRow(
  cells: readonly string[],
  at: { line: number; header: readonly string[]; columns: Partial<Record<Column, number>> },
): Parsed {
  const { line, header, columns } = at;
  const cell = (c: Column) => (columns[c] === undefined ? '' : (cells[columns[c]] ?? '').trim());
  const named = (c: Column) => header[columns[c]!] ?? c;
  const reference = cell('reference');
  if (reference === '') return { line, column: named('reference'), message: 'no declaration reference' };
  const outcome = cell('outcome').toLowerCase();
  if (!YES.has(outcome) && !NO.has(outcome))
    return {
      line,
      column: named('outcome'),
      message: `"${cell('outcome')}" is not an outcome: fraud/clean, 1/0, yes/no`,
    };
  const critical = cell('critical').toLowerCase();
  const report: InspectionReport = { outcome: YES.has(outcome) ? 'fraud' : 'clean' };
  if (critical !== '') {
    if (!['0', '1', '2', 'true', 'false', 'yes', 'no'].includes(critical))
      return { line, column: named('critical'), message: `"${cell('critical')}" is not 0/1/2 or yes/no` };
    report.criticalFraud = critical === '2' || critical === 'true' || critical === 'yes';
    if (report.criticalFraud && report.outcome === 'clean')
      return { line, column: named('critical'), message: 'critical fraud on a clean outcome' };
  }
  const revenue = cell('revenue');
  if (revenue !== '') {
    const value = Number(revenue);
    if (!Number.isFinite(value) || value < 0)
      return { line, column: named('revenue'), message: `"${revenue}" is not an amount of at least 0` };
    report.revenueRaised = value;
  }
  const discrepancy = cell('discrepancy').toLowerCase();
  if (discrepancy !== '') report.discrepancyFound = YES.has(discrepancy) || discrepancy === 'found';
  if (cell('notes') !== '') report.notes = cell('notes');
  const inspectedAt = cell('inspectedAt');
  if (inspectedAt !== '') {
    const time = Date.parse(inspectedAt);
    if (Number.isNaN(time)) return { line, column: named('inspectedAt'), message: `"${inspectedAt}" is not a date` };
    report.inspectedAt = new Date(time).toISOString();
  }
  return { report, reference, ...(cell('officer') !== '' ? { officer: cell('officer') } : {}) };
}

/** The store id a reference names: the id itself, else one declaration with that LRN, else with that MRN. */
async function resolve(engine: RiskEngine, reference: string): Promise<string | { message: string }> {
  if (await engine.store.get(reference)) return reference;
  for (const key of ['lrn', 'mrn'] as const) {
    const { items } = await engine.store.query({ [key]: reference, limit: 2 });
    if (items.length === 1) return items[0]!.id;
    if (items.length > 1)
      return {
        message: `${key.toUpperCase()} ${reference} names ${items.length} declarations: use the declaration id`,
      };
  }
  return { message: `no declaration with id, LRN or MRN ${reference}` };
}

/**
 * `tamga risk outcomes import <csv>`: one inspection result per row, the declaration named by
 * its id, LRN or MRN; a bad row is reported with its line and column and the rest goes on.
 */
export async function importOutcomes(
  engine: RiskEngine,
  options: { text: string; source: string },
): Promise<OutcomeImportReport> {
  const lines = options.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const report: OutcomeImportReport = { rows: 0, recorded: 0, problems: [] };
  const delimiter = detectDelimiter(lines[0] ?? '') ?? ',';
  const header = splitHeaderLine(lines[0] ?? '', delimiter);
  const columns = columnsOf(header);
  for (const needed of ['reference', 'outcome'] as const) {
    if (columns[needed] === undefined)
      report.problems.push({ line: 1, message: `no ${needed} column: name one ${COLUMNS[needed].join(', ')}` });
  }
  if (report.problems.length > 0) return report;
  for (let i = 1; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    report.rows += 1;
    const parsed = parseRow(splitHeaderLine(lines[i]!, delimiter), { line: i + 1, header, columns });
    if ('message' in parsed) {
      report.problems.push(parsed);
      continue;
    }
    const id = await resolve(engine, parsed.reference);
    if (typeof id !== 'string') {
      report.problems.push({ line: i + 1, column: header[columns.reference!], message: id.message });
      continue;
    }
    await recordInspection(engine, {
      id,
      report: parsed.report,
      source: options.source,
      ...(parsed.officer ? { officer: parsed.officer } : {}),
    });
    report.recorded += 1;
  }
  return report;
}
