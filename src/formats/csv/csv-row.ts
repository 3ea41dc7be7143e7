import type { InspectionOutcome } from '../../core/model/record.js';
import type { DecodeProblemCode } from '../decode-event.js';
import { quoteValue } from '../decode-problem.js';
import { describeField } from '../schema-path.js';
import type { BoundColumn, CsvLayout } from './csv-layout.js';
import { INVALID } from './csv-values.js';
import { where } from './csv-assembler.js';

/** A cell that could not be read. */
export interface CellFault {
  code: DecodeProblemCode;
  column: BoundColumn;
  message: string;
}

export interface MappedRow {
  declaration: Record<string, unknown>;
  outcome?: InspectionOutcome;
  faults: CellFault[];
}

const NO_FAULTS: CellFault[] = [];

/** One row's fields → a declaration with one goods item (at index 0), its outcome, and any cell faults. */
export function mapRow(layout: CsvLayout, fields: readonly string[], at: { row: number; line: number }): MappedRow {
  const declaration: Record<string, unknown> = {
    functionCode: '9',
    parties: {},
    transport: {},
    consignment: {},
    goodsItems: [],
  };
  for (const constant of layout.defaults) constant.set(declaration, constant.value);
  let faults = NO_FAULTS;
  let outcome: Partial<Record<keyof InspectionOutcome, number>> | undefined;
  for (const column of layout.columns) {
    const text = (fields[column.index] ?? '').trim();
    if (text === '') {
      if (column.required) (faults === NO_FAULTS ? (faults = []) : faults).push(missingCell(column, where(at)));
      continue;
    }
    const value = column.reader.read(text);
    if (value === INVALID) {
      (faults === NO_FAULTS ? (faults = []) : faults).push({
        code: 'wrong-type',
        column,
        message: `${where(at)}, column ${JSON.stringify(column.name)}: expected ${column.reader.expected}, got ${quoteValue(text)}`,
      });
    } else if (typeof value === 'number' && column.check !== undefined && column.check(value) !== undefined) {
      (faults === NO_FAULTS ? (faults = []) : faults).push({
        code: 'schema-violation',
        column,
        message: `${where(at)}, column ${JSON.stringify(column.name)}${about(column)}: ${column.check(value)}`,
      });
    } else if (column.target.kind === 'outcome') {
      outcome ??= {};
      outcome[column.target.field] = value as number;
    } else column.set!(declaration, value);
  }
  const items = declaration.goodsItems as Record<string, unknown>[];
  if (items[0] !== undefined) items[0].sequence ??= 1;
  if (outcome === undefined) return { declaration, faults };
  const checked = checkOutcome(outcome);
  if (typeof checked === 'string') {
    const column = layout.columns.find((c) => c.target.kind === 'outcome')!;
    (faults === NO_FAULTS ? (faults = []) : faults).push({
      code: 'wrong-type',
      column,
      message: `${where(at)}: ${checked}`,
    });
    return { declaration, faults };
  }
  return { declaration, outcome: checked, faults };
}

function missingCell(column: BoundColumn, where: string): CellFault {
  return {
    code: 'missing-element',
    column,
    message: `${where}, column ${JSON.stringify(column.name)}${about(column)} is empty but required`,
  };
}

/** ` (net mass (kg), WCO 128)` for a column's target field. */
function about(column: BoundColumn): string {
  const described =
    column.target.kind === 'declaration'
      ? describeField(column.target.segments)
      : { label: 'inspection outcome', wcoId: undefined };
  return described.label === undefined
    ? ''
    : ` (${described.label}${described.wcoId ? `, WCO ${described.wcoId}` : ''})`;
}

/** Fraud 0/1, critical fraud 0/1/2 (fraud follows from it when absent), revenue not negative. */
function checkOutcome(outcome: Partial<Record<keyof InspectionOutcome, number>>): InspectionOutcome | string {
  const { criticalFraud, revenueRaised } = outcome;
  const fraud =
    outcome.fraud ?? (criticalFraud === undefined ? ((revenueRaised ?? 0) > 0 ? 1 : 0) : criticalFraud > 0 ? 1 : 0);
  if (fraud !== 0 && fraud !== 1) return `the fraud outcome must be 0 or 1, got ${fraud}`;
  if (criticalFraud !== undefined && criticalFraud !== 0 && criticalFraud !== 1 && criticalFraud !== 2) {
    return `the critical fraud outcome must be 0, 1 or 2, got ${criticalFraud}`;
  }
  if (revenueRaised !== undefined && !(revenueRaised >= 0))
    return `the revenue raised cannot be negative, got ${revenueRaised}`;
  const result: InspectionOutcome = { fraud };
  if (criticalFraud !== undefined) result.criticalFraud = criticalFraud;
  if (revenueRaised !== undefined) result.revenueRaised = revenueRaised;
  return result;
}
