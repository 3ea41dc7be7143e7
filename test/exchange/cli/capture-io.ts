import type { CommandIo } from '../../../src/exchange/cli/command-io.js';

export function captureIo(): CommandIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (line) => lines.push(line), err: (line) => errors.push(line) };
}
