export { consoleIo as consoleRiskIo, type CommandIo as RiskIo } from '../command-io.js';

/** Columns padded to their widest cell, numbers right-aligned. */
export function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => (row[c] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, c) => (/^[-+]?[\d.,%]+$/.test(cell) && c > 0 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
      .join('  ')
      .trimEnd(),
  );
}

export const fixed = (value: number | null | undefined, digits = 3) =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits);
export const count = (value: number) => value.toLocaleString('en-US');
