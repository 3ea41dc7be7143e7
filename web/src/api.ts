/** Answers of the API the views use: `missing` when a route group is not there (404), so views show an empty state. */
export type Loaded<T> =
  { state: 'ok'; data: T } | { state: 'missing'; message: string } | { state: 'error'; message: string };

export class SignInRequired extends Error {}

export async function api<T>(url: string, init: RequestInit = {}): Promise<Loaded<T>> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    ...init,
    headers: {
      accept: 'application/json',
      ...(init.body ? { 'content-type': 'application/json' } : {}),
      ...init.headers,
    },
  });
  if (response.status === 401) {
    window.dispatchEvent(new CustomEvent('tamga:signed-out'));
    throw new SignInRequired();
  }
  const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
  if (response.status === 404) return { state: 'missing', message: body.error?.message ?? 'Not found' };
  if (!response.ok) return { state: 'error', message: body.error?.message ?? `HTTP ${response.status}` };
  return { state: 'ok', data: body as T };
}

export const post = <T>(url: string, body: unknown) => api<T>(url, { method: 'POST', body: JSON.stringify(body) });

export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const formatNumber = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
export const formatPercent = (value: number) => `${(value * 100).toFixed(1)}%`;
