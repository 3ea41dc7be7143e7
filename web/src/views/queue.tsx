import { useState } from 'preact/hooks';
import { formatPercent, post, query } from '../api.js';
import { DataTable } from '../data-table.js';
import { navigate } from '../router.js';
import type { Capabilities, Meta, User } from '../types.js';
import { useApi } from '../use-api.js';
import { Empty, Loading } from './states.js';

interface QueueItem {
  id: string;
  lrn?: string;
  issueDate: string;
  importerId?: string;
  hsCode?: string;
  originCountryCode?: string;
  score: number;
  lane: 'red' | 'yellow' | 'green' | 'blue';
  reasons: string[];
  ruleHits: { ruleId: string; reason: string }[];
  modelVersion: string;
  inspection?: { outcome: 'fraud' | 'clean'; revenueRaised?: number; recordedAt: string };
}
interface Queue {
  date: string;
  capacity: number;
  items: QueueItem[];
}

const today = () => new Date().toISOString().slice(0, 10);

/** Today's red and yellow, with reasons; when the store holds only history, its latest day. */
export function QueueView(props: { meta: Meta; capabilities: Capabilities; user: User }) {
  const latest = props.meta.lastDate;
  const historyOnly = latest !== undefined && latest < today();
  const [date, setDate] = useState(historyOnly ? latest : today());
  const [version, setVersion] = useState(0);
  const [selected, setSelected] = useState<QueueItem>();
  const loaded = useApi<Queue>(props.capabilities.riskQueue ? `/v1/risk/queue${query({ date })}` : undefined, version);
  if (!props.capabilities.riskQueue) {
    return (
      <section aria-labelledby="queue-title">
        <h1 id="queue-title">Risk queue</h1>
        <Empty
          title="The risk queue is not available yet"
          text="This server has no risk engine endpoint (GET /v1/risk/queue answers 404). The queue appears here as soon as it does."
        />
      </section>
    );
  }
  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Risk queue</h1>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <label>
          Day
          <input type="date" value={date} onChange={(event) => setDate((event.target as HTMLInputElement).value)} />
        </label>
      </form>
      {historyOnly && date === latest && (
        <p class="note" role="note">
          The store holds history only: its latest declarations are of {latest}, so the queue shows that day instead of
          today.
        </p>
      )}
      {loaded?.state === 'ok' ? (
        <>
          <p class="muted">
            {loaded.data.items.length} {loaded.data.items.length === 1 ? 'declaration' : 'declarations'} to check ·
            capacity {loaded.data.capacity} · Enter or double-click opens one
          </p>
          <DataTable
            caption={`Red and yellow declarations of ${loaded.data.date}`}
            rowKey={(row) => row.id}
            rows={loaded.data.items}
            onOpen={(row) => setSelected(row)}
            empty="No red or yellow declaration on this day."
            columns={[
              { label: 'Lane', cell: (row) => <span class={`lane lane-${row.lane}`}>{row.lane}</span> },
              { label: 'Score', numeric: true, cell: (row) => formatPercent(row.score) },
              { label: 'LRN', cell: (row) => <a href={`/declarations/${row.id}`}>{row.lrn ?? row.id}</a> },
              { label: 'HS / origin', cell: (row) => `${row.hsCode ?? ''} ${row.originCountryCode ?? ''}` },
              {
                label: 'Why',
                cell: (row) => (
                  <ul class="reasons">
                    {[...row.reasons.slice(0, 3), ...row.ruleHits.map((hit) => `${hit.ruleId}: ${hit.reason}`)].map(
                      (reason) => (
                        <li>{reason}</li>
                      ),
                    )}
                  </ul>
                ),
              },
              {
                label: 'Result',
                cell: (row) =>
                  row.inspection ? (
                    <span class={`badge ${row.inspection.outcome === 'fraud' ? 'error' : 'ok'}`}>
                      {row.inspection.outcome}
                    </span>
                  ) : (
                    '—'
                  ),
              },
            ]}
          />
          {selected && (
            <InspectionForm
              item={selected}
              canRecord={
                props.capabilities.inspectionResult &&
                (props.user.role === 'risk-officer' || props.user.role === 'admin')
              }
              onDone={() => {
                setSelected(undefined);
                setVersion(version + 1);
              }}
            />
          )}
        </>
      ) : (
        <Loading loaded={loaded} />
      )}
    </section>
  );
}

function InspectionForm(props: { item: QueueItem; canRecord: boolean; onDone: () => void }) {
  const [message, setMessage] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const revenue = Number(form.get('revenue') || 0);
    const answer = await post(`/v1/declarations/${props.item.id}/inspection-result`, {
      outcome: form.get('outcome'),
      criticalFraud: form.get('critical') === 'on',
      ...(revenue > 0 ? { revenueRaised: revenue } : {}),
      ...(form.get('notes') ? { notes: form.get('notes') } : {}),
    });
    if (answer.state === 'ok') props.onDone();
    else setMessage(answer.message);
  };
  return (
    <aside class="panel" aria-labelledby="inspect-title">
      <h2 id="inspect-title">{props.item.lrn ?? props.item.id}</h2>
      <ul class="reasons">
        {props.item.reasons.map((reason) => (
          <li>{reason}</li>
        ))}
      </ul>
      <p>
        <a
          href={`/declarations/${props.item.id}`}
          onClick={(event) => {
            event.preventDefault();
            navigate(`/declarations/${props.item.id}`);
          }}
        >
          Open the declaration
        </a>
      </p>
      {props.canRecord ? (
        <form class="stack" onSubmit={(event) => void submit(event)} aria-label="Record the inspection result">
          <label>
            Outcome
            <select name="outcome" required autoFocus>
              <option value="clean">Clean: nothing found</option>
              <option value="fraud">Fraud found</option>
            </select>
          </label>
          <label>
            <input type="checkbox" name="critical" /> Critical (public safety, IP, false origin)
          </label>
          <label>
            Revenue raised
            <input type="number" name="revenue" min="0" step="any" inputMode="decimal" />
          </label>
          <label>
            Notes
            <textarea name="notes" rows={2} />
          </label>
          <button type="submit">Record result</button>
          {message && (
            <p class="error" role="alert">
              {message}
            </p>
          )}
        </form>
      ) : (
        <p class="muted">Only risk officers record inspection results.</p>
      )}
    </aside>
  );
}
