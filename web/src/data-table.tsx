import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface Column<T> {
  label: string;
  cell: (row: T) => ComponentChildren;
  numeric?: boolean;
}

/**
 * A table whose rows take focus: arrow keys (and Home/End) move between rows, Enter opens
 * the focused row. Rows are real buttons for screen readers when they open something.
 */
export function DataTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  onOpen?: (row: T) => void;
  empty?: string;
}) {
  const body = useRef<HTMLTableSectionElement>(null);
  const move = (event: KeyboardEvent, index: number, row: T) => {
    const rows = [...(body.current?.querySelectorAll<HTMLTableRowElement>('tr') ?? [])];
    const target = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: rows.length - 1 }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      rows[Math.max(0, Math.min(rows.length - 1, target))]?.focus();
    } else if (event.key === 'Enter' && props.onOpen) {
      event.preventDefault();
      props.onOpen(row);
    }
  };
  if (props.rows.length === 0) return <p class="empty">{props.empty ?? 'Nothing to show for this selection.'}</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((column) => (
              <th scope="col" class={column.numeric ? 'num' : ''}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody ref={body}>
          {props.rows.map((row, index) => (
            <tr
              key={props.rowKey(row)}
              tabIndex={0}
              class={props.onOpen ? 'openable' : ''}
              onKeyDown={(event) => move(event, index, row)}
              onDblClick={() => props.onOpen?.(row)}
            >
              {props.columns.map((column) => (
                <td class={column.numeric ? 'num' : ''}>{column.cell(row)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
