import { formatNumber, formatPercent } from '../api.js';
import { DataTable } from '../data-table.js';
import { navigate } from '../router.js';
import { useApi } from '../use-api.js';
import { Loading } from './states.js';

interface VerificationItem {
  id: string;
  check: string;
  code: string;
  severity: 'error' | 'warning';
  declarationIds: string[];
  message: string;
  fix: string;
  measure?: { expected?: number; actual?: number; gap?: number; unit?: string };
  confidence?: number;
}

/** Data verification: stored discrepancies (cargo, transit, partner exports, mirror gaps), as the API ranks them. */
export function VerificationView() {
  const loaded = useApi<{ items: VerificationItem[] }>('/v1/verify/findings?limit=200');
  return (
    <section aria-labelledby="verification-title">
      <h1 id="verification-title">Verification</h1>
      {loaded?.state === 'ok' ? (
        <article class="panel">
          <p class="muted">Ranked by value at stake · Enter opens the first declaration concerned</p>
          <DataTable
            caption="Discrepancies found by cross-checking sources"
            rowKey={(row) => row.id}
            rows={loaded.data.items}
            empty="No discrepancy stored yet: run a check (tamga verify ...) or POST /v1/verify/..."
            onOpen={(row) => row.declarationIds[0] && navigate(`/declarations/${row.declarationIds[0]}`)}
            columns={[
              { label: 'Check', cell: (row) => row.check },
              {
                label: 'Finding',
                cell: (row) => (
                  <>
                    <span class={`badge ${row.severity}`}>{row.code}</span> {row.message}
                  </>
                ),
              },
              { label: 'Expected', numeric: true, cell: (row) => measure(row.measure?.expected, row.measure?.unit) },
              { label: 'Declared', numeric: true, cell: (row) => measure(row.measure?.actual, row.measure?.unit) },
              {
                label: 'Gap',
                numeric: true,
                cell: (row) => (row.measure?.gap === undefined ? '' : formatPercent(row.measure.gap)),
              },
              {
                label: 'Declarations',
                cell: (row) =>
                  row.declarationIds.slice(0, 3).map((id) => <a href={`/declarations/${id}`}>{id.slice(0, 12)}… </a>),
              },
            ]}
          />
        </article>
      ) : (
        <Loading
          loaded={loaded}
          missing="Verification results are not available (GET /v1/verify/findings answers 404)."
        />
      )}
    </section>
  );
}

const measure = (value: number | undefined, unit: string | undefined) =>
  value === undefined
    ? ''
    : `${formatNumber(value, value % 1 === 0 ? 0 : 1)}${unit && unit !== 'value' ? ` ${unit}` : ''}`;
