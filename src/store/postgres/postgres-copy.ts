import { finished } from 'node:stream/promises';
import type { PoolClient } from 'pg';
import pgCopyStreams from 'pg-copy-streams';

export type CopyValue = string | number | null;

const SPECIAL = /[\\\n\r\t]/;
const SPECIAL_ALL = /[\\\n\r\t]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One field in COPY text format: backslash escapes for the four special characters, `\N` for NULL. */
function field(value: CopyValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'number') return String(value);
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : value;
}

export function copyLine(values: readonly CopyValue[]): string {
  return `${values.map(field).join('\t')}\n`;
}

/** Bulk load through COPY FROM STDIN: the fastest path into PostgreSQL, inside the caller's transaction. */
export async function copyInto(
  client: PoolClient,
  target: { table: string; columns: readonly string[] },
  lines: readonly string[],
): Promise<void> {
  if (lines.length === 0) return;
  const stream = client.query(pgCopyStreams.from(`COPY ${target.table} (${target.columns.join(', ')}) FROM STDIN`));
  stream.end(lines.join(''));
  await finished(stream);
}
