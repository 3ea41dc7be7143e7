import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '../types.js';
import { useApi } from '../use-api.js';
import { groupOrder, wcoFields, type Field } from '../wco-fields.js';
import { RecordsTable } from './records-table.js';
import { Loading } from './states.js';

interface DeclarationAnswer {
  id: string;
  version: number;
  status: string;
  qualityScore: number;
  declaration: Record<string, unknown>;
  findings: Finding[];
  lineage: { source: string; format: string; receivedAt: string; rawSha256: string; rawPosition?: number };
  contentHash: string;
  storedAt: string;
  versions: { version: number; storedAt: string; functionCode: string; status: string }[];
}

/** One declaration: fields by WCO class with their IDs, findings at their element, versions compared, raw message, lineage. */
export function DeclarationView(props: { id: string; routing: boolean }) {
  const loaded = useApi<DeclarationAnswer>(`/v1/declarations/${encodeURIComponent(props.id)}`);
  if (loaded?.state !== 'ok')
    return (
      <section>
        <h1>Declaration {props.id}</h1>
        <Loading loaded={loaded} />
      </section>
    );
  const record = loaded.data;
  return (
    <section aria-labelledby="declaration-title">
      <h1 id="declaration-title">
        Declaration{' '}
        {typeof record.declaration.functionalReferenceId === 'string'
          ? record.declaration.functionalReferenceId
          : record.id}{' '}
        <span class={`badge ${record.status === 'accepted' ? 'ok' : 'error'}`}>{record.status}</span>
      </h1>
      <p class="muted">
        {record.id} · version {record.version} of {record.versions.length} · quality {record.qualityScore} ·{' '}
        {record.findings.length} findings
      </p>
      <div class="declaration-layout">
        <Fields record={record} />
        <div class="stack">
          <Lineage record={record} />
          {props.routing && <Routing id={record.id} />}
          {record.versions.length > 1 && <Versions record={record} />}
          <Raw id={record.id} version={record.version} />
        </div>
      </div>
    </section>
  );
}

function Fields({ record }: { record: DeclarationAnswer }) {
  const fields = wcoFields(record.declaration);
  const groups = new Map<string, Field[]>();
  for (const field of fields) groups.set(field.group, [...(groups.get(field.group) ?? []), field]);
  const placed = new Set<Finding>();
  const at = (path: string) =>
    record.findings.filter((finding) => finding.pointer.path === path && placed.add(finding));
  const rendered = [...groups]
    .sort((a, b) => groupOrder(a[0], b[0]))
    .map(([group, members]) => (
      <section class="panel" aria-label={group}>
        <h2>{group}</h2>
        <dl class="fields">
          {members.map((field) => {
            const findings = at(field.path);
            return (
              <div class={findings.length > 0 ? 'field flagged' : 'field'} data-path={field.path}>
                <dt>
                  {field.label} {field.wcoId && <small class="wco">{field.wcoId}</small>}
                </dt>
                <dd>
                  {field.value}
                  {findings.map((finding) => (
                    <FindingNote finding={finding} />
                  ))}
                </dd>
              </div>
            );
          })}
        </dl>
      </section>
    ));
  const elsewhere = record.findings.filter((finding) => !placed.has(finding));
  return (
    <div class="stack">
      {elsewhere.length > 0 && (
        <section class="panel" aria-label="Findings on missing elements">
          <h2>Findings on elements not filled in</h2>
          {elsewhere.map((finding) => (
            <FindingNote finding={finding} showPointer />
          ))}
        </section>
      )}
      {rendered}
    </div>
  );
}

function FindingNote({ finding, showPointer }: { finding: Finding; showPointer?: boolean }) {
  const chain = finding.pointer.sections
    .map((section) => `${section.classId}${section.sequence ? `#${section.sequence}` : ''}`)
    .join(' › ');
  return (
    <div class={`finding ${finding.severity}`} role="note">
      <strong>{finding.ruleId}</strong> {finding.message} <em>{finding.fix}</em>
      {showPointer && (
        <small class="wco">
          {' '}
          at {chain} › {finding.pointer.wcoId} ({finding.pointer.path})
        </small>
      )}
    </div>
  );
}

function Lineage({ record }: { record: DeclarationAnswer }) {
  const { lineage } = record;
  return (
    <section class="panel" aria-label="Lineage">
      <h2>Lineage</h2>
      <dl class="fields">
        <div class="field">
          <dt>Source</dt>
          <dd>{lineage.source}</dd>
        </div>
        <div class="field">
          <dt>Format</dt>
          <dd>
            {lineage.format}
            {lineage.rawPosition !== undefined ? ` (position ${lineage.rawPosition})` : ''}
          </dd>
        </div>
        <div class="field">
          <dt>Received</dt>
          <dd>{lineage.receivedAt}</dd>
        </div>
        <div class="field">
          <dt>Raw message SHA-256</dt>
          <dd class="hash">{lineage.rawSha256}</dd>
        </div>
        <div class="field">
          <dt>Content hash</dt>
          <dd class="hash">{record.contentHash}</dd>
        </div>
      </dl>
    </section>
  );
}

function Versions({ record }: { record: DeclarationAnswer }) {
  const [previous, setPrevious] = useState(record.version - 1);
  const other = useApi<DeclarationAnswer>(`/v1/declarations/${record.id}?version=${previous}`);
  const before = new Map(
    other?.state === 'ok' ? wcoFields(other.data.declaration).map((field) => [field.path, field.value]) : [],
  );
  const after = new Map(wcoFields(record.declaration).map((field) => [field.path, field.value]));
  const paths = [...new Set([...before.keys(), ...after.keys()])].filter(
    (path) => before.get(path) !== after.get(path),
  );
  return (
    <section class="panel" aria-label="Versions">
      <h2>Versions and amendments</h2>
      <label>
        Compare version {record.version} with
        <select value={previous} onChange={(event) => setPrevious(Number((event.target as HTMLSelectElement).value))}>
          {record.versions
            .filter((v) => v.version !== record.version)
            .map((v) => (
              <option value={v.version}>
                version {v.version} ({v.functionCode === '13' ? 'amendment' : 'original'}, {v.storedAt.slice(0, 10)})
              </option>
            ))}
        </select>
      </label>
      <div class="table-wrap">
        <table class="diff">
          <caption>Elements that differ</caption>
          <thead>
            <tr>
              <th scope="col">Element</th>
              <th scope="col">Version {previous}</th>
              <th scope="col">Version {record.version}</th>
            </tr>
          </thead>
          <tbody>
            {paths.map((path) => (
              <tr>
                <td>{path}</td>
                <td class="old">{before.get(path) ?? '—'}</td>
                <td class="new">{after.get(path) ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function Raw(props: { id: string; version: number }) {
  const [text, setText] = useState<string>();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open || text !== undefined) return;
    void fetch(`/v1/declarations/${props.id}/raw?version=${props.version}`).then(async (response) =>
      setText((await response.text()).slice(0, 20_000)),
    );
  }, [open]);
  return (
    <section class="panel" aria-label="Raw message">
      <details onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
        <summary>Raw message, byte for byte (first 20,000 characters)</summary>
        <pre tabIndex={0}>{text ?? 'Loading…'}</pre>
      </details>
    </section>
  );
}

/** Where the exchange sent the declaration, and how far each delivery got (when the exchange exposes it). */
function Routing(props: { id: string }) {
  const loaded = useApi<{ routes: Record<string, unknown>[] }>(`/v1/exchange/declarations/${props.id}/routing`);
  return (
    <section class="panel" aria-label="Routing to agencies">
      <h2>Routing to agencies</h2>
      {loaded?.state === 'ok' ? (
        <RecordsTable
          caption="Messages to agencies and their delivery status"
          rows={loaded.data.routes}
          empty="No agency agreement covers this declaration."
        />
      ) : (
        <Loading loaded={loaded} missing="No routing recorded for this declaration." />
      )}
    </section>
  );
}
