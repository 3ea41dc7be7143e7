import { DataTable } from '../data-table.js';

/** Any list of flat records as a table: for route groups whose answers the dashboard shows as they come. */
export function RecordsTable(props: { caption: string; rows: Record<string, unknown>[]; empty?: string }) {
  const keys = [...new Set(props.rows.flatMap((row) => Object.keys(row)))];
  return (
    <DataTable
      caption={props.caption}
      rowKey={(row) => JSON.stringify(row)}
      rows={props.rows}
      {...(props.empty ? { empty: props.empty } : {})}
      columns={keys.map((key) => ({
        label: key,
        numeric: props.rows.every((row) => typeof row[key] === 'number' || row[key] === undefined),
        cell: (row: Record<string, unknown>) => text(row[key]),
      }))}
    />
  );
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return value.toLocaleString('en-US');
  return typeof value === 'string' ? value : JSON.stringify(value);
}
