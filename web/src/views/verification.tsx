import { useApi } from '../use-api.js';
import { RecordsTable } from './records-table.js';
import { Loading } from './states.js';

/** Data verification: discrepancies (undeclared cargo, open transit, partner mismatches, mirror gaps) by value at stake. */
export function VerificationView() {
  const loaded = useApi<{ items: Record<string, unknown>[] }>('/v1/verify/discrepancies?limit=200');
  const items =
    loaded?.state === 'ok'
      ? [...loaded.data.items].sort((a, b) => Number(b.valueAtStake ?? 0) - Number(a.valueAtStake ?? 0))
      : [];
  return (
    <section aria-labelledby="verification-title">
      <h1 id="verification-title">Verification</h1>
      {loaded?.state === 'ok' ? (
        <article class="panel">
          <RecordsTable
            caption="Discrepancies, largest value at stake first"
            rows={items}
            empty="No discrepancy found."
          />
        </article>
      ) : (
        <Loading
          loaded={loaded}
          missing="Verification results are not available (GET /v1/verify/discrepancies answers 404)."
        />
      )}
    </section>
  );
}
