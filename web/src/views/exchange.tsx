import { useApi } from '../use-api.js';
import { RecordsTable } from './records-table.js';
import { Loading } from './states.js';

interface Monitor {
  members: Record<string, unknown>[];
  failures: Record<string, unknown>[];
  log: { verified: boolean; entries: number; checkedAt: string; firstAlteredEntry?: number };
}

/** The exchange network: messages per member, failures, whether the message log verifies. */
export function ExchangeView() {
  const loaded = useApi<Monitor>('/v1/exchange/monitor');
  return (
    <section aria-labelledby="exchange-title">
      <h1 id="exchange-title">Exchange</h1>
      {loaded?.state === 'ok' ? (
        <div class="grid">
          <article class="panel wide">
            <h2>Message log</h2>
            <p>
              <span class={`badge ${loaded.data.log.verified ? 'ok' : 'error'}`}>
                {loaded.data.log.verified ? 'verified' : 'altered'}
              </span>{' '}
              {loaded.data.log.entries.toLocaleString('en-US')} entries, checked {loaded.data.log.checkedAt}
              {loaded.data.log.firstAlteredEntry !== undefined &&
                `; first altered entry: ${loaded.data.log.firstAlteredEntry}`}
            </p>
          </article>
          <article class="panel wide">
            <h2>Messages per member</h2>
            <RecordsTable caption="Messages per member" rows={loaded.data.members} />
          </article>
          <article class="panel wide">
            <h2>Failures</h2>
            <RecordsTable caption="Delivery failures" rows={loaded.data.failures} empty="No delivery failure." />
          </article>
        </div>
      ) : (
        <Loading
          loaded={loaded}
          missing="The exchange monitor is not available (GET /v1/exchange/monitor answers 404)."
        />
      )}
    </section>
  );
}
