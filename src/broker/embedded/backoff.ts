/** Exponential backoff with full jitter: attempt 1 waits up to base, then 2x, 4x... capped. */
export function backoffDelay(
  attempt: number,
  options: { baseMs?: number; maxMs?: number; random?: () => number } = {},
): number {
  const base = options.baseMs ?? 200;
  const ceiling = Math.min(options.maxMs ?? 60_000, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (options.random ?? Math.random)() * (ceiling / 2));
}
