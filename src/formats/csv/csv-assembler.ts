import type { Declaration } from '../../core/model/declaration-schema.js';
import type { InspectionOutcome } from '../../core/model/record.js';
import type { DecodeEvent, RawUnit } from '../decode-event.js';
import { decodeProblem } from '../decode-problem.js';
import { checkDeclaration, type DeclarationFault } from '../declaration-check.js';
import { normalisePath, type CsvLayout } from './csv-layout.js';
import type { MappedRow } from './csv-row.js';

export const CSV_MEDIA_TYPE = 'text/csv';

/** A data row on its way to a declaration. */
export interface RowInput {
  /** 1-based data row. */
  row: number;
  line: number;
  fields: string[];
  bytes: Uint8Array;
  mapped: MappedRow;
}

interface Group {
  key: string;
  first: RowInput;
  declaration: Record<string, unknown>;
  outcome?: InspectionOutcome;
  rows: Uint8Array[];
  events: DecodeEvent[];
}

/**
 * Turns mapped rows into declarations: one per row, or, with `groupBy`, one per run of
 * consecutive rows sharing the key (one goods item per row). A group with any bad row is
 * reported, not stored half-built.
 */
export class CsvAssembler {
  private group: Group | undefined;
  private readonly finishedKeys = new Set<string>();
  private readonly columnByPath: Map<string, string>;
  private readonly headerLevel: number[];
  private readonly sequenceMapped: boolean;
  private readonly slab = new RawSlab();

  constructor(
    private readonly layout: CsvLayout,
    private readonly headerBytes: Uint8Array,
  ) {
    this.columnByPath = new Map(layout.columns.map((column) => [column.path, column.name]));
    this.headerLevel = layout.columns
      .filter((c) => c.target.kind === 'outcome' || !c.target.itemLevel)
      .map((c) => c.index);
    this.sequenceMapped = layout.columns.some((c) => c.path === 'goodsItems[*].sequence');
  }

  add(input: RowInput, out: DecodeEvent[]): void {
    if (this.layout.groupIndex === undefined) {
      this.single(input, out);
      return;
    }
    const key = (input.fields[this.layout.groupIndex] ?? '').trim();
    if (this.group !== undefined && this.group.key === key) {
      this.append(this.group, input);
      return;
    }
    if (this.group !== undefined) this.finish(this.group, out);
    this.group = this.start(input, key);
    if (this.finishedKeys.has(key)) {
      this.group.events.push(
        this.problem(
          input,
          `${where(input)}: the rows of ${JSON.stringify(key)} are not consecutive; list all lines of one declaration together`,
        ),
      );
    }
  }

  end(out: DecodeEvent[]): void {
    if (this.group !== undefined) this.finish(this.group, out);
    this.group = undefined;
  }

  /** Without grouping: no group bookkeeping, one row is one declaration. */
  private single(input: RowInput, out: DecodeEvent[]): void {
    const { mapped } = input;
    if (mapped.faults.length > 0) {
      this.finish(this.start(input, ''), out);
      return;
    }
    const raw = csvRaw(this.headerBytes, [input.bytes], this.slab);
    const faults = checkDeclaration(mapped.declaration, { numbers: false });
    if (faults.length > 0) {
      this.emitFaults(faults, { first: input, raw }, out);
      return;
    }
    const event: DecodeEvent = {
      kind: 'declaration',
      format: 'csv',
      declaration: mapped.declaration as Declaration,
      position: input.row,
      raw,
    };
    if (mapped.outcome !== undefined) event.outcome = mapped.outcome;
    out.push(event);
  }

  private start(input: RowInput, key: string): Group {
    const events = input.mapped.faults.map((fault) =>
      decodeProblem('csv', fault.code, {
        message: fault.message,
        position: input.row,
        line: input.line,
        column: fault.column.index + 1,
        element: fault.column.name,
      }),
    );
    return {
      key,
      first: input,
      declaration: input.mapped.declaration,
      outcome: input.mapped.outcome,
      rows: [input.bytes],
      events,
    };
  }

  private append(group: Group, input: RowInput): void {
    group.rows.push(input.bytes);
    const next = this.start(input, group.key);
    group.events.push(...next.events);
    const items = group.declaration.goodsItems as Record<string, unknown>[];
    const item = (input.mapped.declaration.goodsItems as Record<string, unknown>[])[0];
    if (item !== undefined) {
      if (!this.sequenceMapped) item.sequence = items.length + 1;
      items.push(item);
    }
    const differing = this.headerLevel.find(
      (index) => (group.first.fields[index] ?? '').trim() !== (input.fields[index] ?? '').trim(),
    );
    if (differing !== undefined) {
      const name = this.layout.header[differing]!;
      group.events.push(
        this.problem(
          input,
          `${where(input)}: column ${JSON.stringify(name)} is ${JSON.stringify(input.fields[differing]?.trim())} but row ${group.first.row} of the same declaration ${JSON.stringify(group.key)} says ${JSON.stringify(group.first.fields[differing]?.trim())}`,
          name,
        ),
      );
    }
  }

  private finish(group: Group, out: DecodeEvent[]): void {
    if (group.key !== '') {
      this.finishedKeys.add(group.key);
      // Bounded: a split group is seen within the last 100,000 groups; memory stays flat on huge files.
      if (this.finishedKeys.size > 100_000) this.finishedKeys.delete(this.finishedKeys.values().next().value!);
    }
    const raw = this.raw(group.rows);
    if (group.events.length > 0) {
      for (const event of group.events) out.push(event.kind === 'problem' ? { ...event, raw } : event);
      return;
    }
    const faults = checkDeclaration(group.declaration, { numbers: false });
    if (faults.length === 0) {
      const event: DecodeEvent = {
        kind: 'declaration',
        format: 'csv',
        declaration: group.declaration as Declaration,
        position: group.first.row,
        raw,
      };
      if (group.outcome !== undefined) event.outcome = group.outcome;
      out.push(event);
      return;
    }
    this.emitFaults(faults, { first: group.first, raw }, out);
  }

  private emitFaults(faults: DeclarationFault[], at: { first: RowInput; raw: RawUnit }, out: DecodeEvent[]): void {
    for (const fault of faults) {
      const column = this.columnByPath.get(normalisePath(fault.path));
      out.push(
        decodeProblem('csv', fault.code, {
          position: at.first.row,
          line: at.first.line,
          raw: at.raw,
          message: `${where(at.first)}${column === undefined ? '' : `, column ${JSON.stringify(column)}`}: ${fault.message}`,
          element: column ?? fault.path,
        }),
      );
    }
  }

  private problem(input: RowInput, message: string, element?: string): DecodeEvent {
    return decodeProblem('csv', 'inconsistent-group', { message, position: input.row, line: input.line, element });
  }

  private raw(rows: Uint8Array[]): RawUnit {
    return csvRaw(this.headerBytes, rows, this.slab);
  }
}

/** A row's raw unit: the header line and the row's lines, each ended by LF. */
export function csvRaw(headerBytes: Uint8Array, rows: readonly Uint8Array[], slab?: RawSlab): RawUnit {
  let length = headerBytes.length + 1;
  for (const row of rows) length += row.length + 1;
  const body = slab === undefined ? new Uint8Array(length) : slab.take(length);
  body.set(headerBytes);
  let offset = headerBytes.length;
  for (const row of rows) {
    body[offset++] = 0x0a;
    body.set(row, offset);
    offset += row.length;
  }
  body[offset] = 0x0a;
  return { body, mediaType: CSV_MEDIA_TYPE };
}

/**
 * Hands out raw bodies as views into 256 KiB blocks: one backing store per few hundred rows
 * instead of one per row. A block lives as long as any of its views.
 */
export class RawSlab {
  private block = new Uint8Array(0);
  private used = 0;

  take(length: number): Uint8Array {
    if (length > 65_536) return new Uint8Array(length);
    if (this.used + length > this.block.length) {
      this.block = new Uint8Array(262_144);
      this.used = 0;
    }
    const view = this.block.subarray(this.used, this.used + length);
    this.used += length;
    return view;
  }
}

export function where(input: { row: number; line: number }): string {
  return `row ${input.row} (line ${input.line})`;
}
