import { InvalidArgumentError } from 'commander';

/** Option parsers shared by the command groups: a bad value names what is expected. */
export function integer(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('a whole number is needed.');
  return n;
}

export function positive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('a positive number is needed, e.g. 1.06.');
  return n;
}

export function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new InvalidArgumentError('a date is YYYY-MM-DD, e.g. 2024-05-01.');
  }
  return value;
}
