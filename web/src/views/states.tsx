import type { Loaded } from '../api.js';

export function Loading(props: { loaded: Loaded<unknown> | undefined; missing?: string }) {
  if (!props.loaded)
    return (
      <p class="loading" role="status">
        Loading…
      </p>
    );
  if (props.loaded.state === 'missing')
    return <Empty title="Not available yet" text={props.missing ?? props.loaded.message} />;
  if (props.loaded.state === 'error')
    return (
      <p class="error" role="alert">
        {props.loaded.message}
      </p>
    );
  return null;
}

export function Empty(props: { title: string; text: string }) {
  return (
    <div class="empty-state" role="status">
      <h2>{props.title}</h2>
      <p>{props.text}</p>
    </div>
  );
}
