import { DataTable } from '../data-table.js';
import { navigate } from '../router.js';
import { useApi } from '../use-api.js';
import { Loading } from './states.js';

interface SharedList {
  total: number;
  items: { id: string; issueDate: string; hsCodes: string[] }[];
}
interface Shared {
  projections: {
    agreement: { id: string; version: number; title: string; purpose: string };
    declaration: Record<string, unknown>;
  }[];
}

/** What an agency sees: declarations its agreements cover, each projected onto the fields they allow. */
export function SharedView(props: { id?: string }) {
  const list = useApi<SharedList>(props.id ? undefined : '/v1/shared/declarations?limit=100');
  const one = useApi<Shared>(props.id ? `/v1/shared/declarations/${props.id}` : undefined);
  if (props.id) {
    return (
      <section aria-labelledby="shared-title">
        <h1 id="shared-title">Declaration {props.id}</h1>
        {one?.state === 'ok' ? (
          one.data.projections.map((projection) => (
            <article class="panel">
              <h2>
                {projection.agreement.title}{' '}
                <small class="muted">
                  ({projection.agreement.id} v{projection.agreement.version}, {projection.agreement.purpose})
                </small>
              </h2>
              <pre tabIndex={0}>{JSON.stringify(projection.declaration, null, 2)}</pre>
            </article>
          ))
        ) : (
          <Loading loaded={one} />
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="shared-title">
      <h1 id="shared-title">Shared with your agency</h1>
      {list?.state === 'ok' ? (
        <>
          <p class="muted">{list.data.total} declarations under your agreements · Enter opens one</p>
          <DataTable
            caption="Declarations shared with your agency"
            rowKey={(row) => row.id}
            rows={list.data.items}
            onOpen={(row) => navigate(`/shared/${row.id}`)}
            columns={[
              { label: 'Declaration', cell: (row) => <a href={`/shared/${row.id}`}>{row.id}</a> },
              { label: 'Date', cell: (row) => row.issueDate },
              { label: 'Goods codes in scope', cell: (row) => row.hsCodes.join(', ') },
            ]}
          />
        </>
      ) : (
        <Loading loaded={list} />
      )}
    </section>
  );
}
