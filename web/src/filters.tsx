import type { Meta } from './types.js';

export interface FilterValue {
  from: string;
  to: string;
  office: string;
  source: string;
}

/** Date range, office and source, defaulting to everything the store holds. */
export function Filters(props: { meta: Meta; value: FilterValue; onChange: (value: FilterValue) => void }) {
  const { meta, value, onChange } = props;
  const set = (key: keyof FilterValue) => (event: Event) =>
    onChange({ ...value, [key]: (event.target as HTMLInputElement | HTMLSelectElement).value });
  return (
    <form class="filters" role="search" aria-label="Filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        From
        <input
          type="date"
          name="from"
          value={value.from}
          min={meta.firstDate}
          max={meta.lastDate}
          onChange={set('from')}
        />
      </label>
      <label>
        To
        <input type="date" name="to" value={value.to} min={meta.firstDate} max={meta.lastDate} onChange={set('to')} />
      </label>
      <label>
        Office
        <select name="office" value={value.office} onChange={set('office')}>
          <option value="">All offices</option>
          {meta.offices.map((office) => (
            <option value={office.office}>
              {office.office || '(none)'} · {office.declarations.toLocaleString('en-US')}
            </option>
          ))}
        </select>
      </label>
      <label>
        Source
        <select name="source" value={value.source} onChange={set('source')}>
          <option value="">All sources</option>
          {meta.sources.map((source) => (
            <option value={source.source}>{shortSource(source.source)}</option>
          ))}
        </select>
      </label>
      <button type="button" class="secondary" onClick={() => onChange(defaultFilter(meta))}>
        Reset
      </button>
    </form>
  );
}

export const defaultFilter = (meta: Meta): FilterValue => ({
  from: meta.firstDate ?? '',
  to: meta.lastDate ?? '',
  office: '',
  source: '',
});

export const shortSource = (source: string) => source.replace(/^file:.*\//, 'file: ');
