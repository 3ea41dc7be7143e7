import { writeFileSync } from 'node:fs';
import type { PrivateKeyJwk } from '../crypto/ed25519.js';

export { consoleIo, type CommandIo } from '../../cli/command-io.js';

/** Exit codes: 0 done, 1 the thing checked is bad (log broken, evidence invalid), 2 the request was wrong. */
export type ExitCode = 0 | 1 | 2;

/** Writes a private key readable by its owner only. */
export function writePrivateKey(path: string, jwk: PrivateKeyJwk): void {
  writeFileSync(path, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600 });
}

export const table = (rows: readonly (readonly string[])[]): string[] => {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
};
