/** Runs synchronous work behind an async port: a throw becomes a rejection, as callers expect. */
export function attempt<T>(work: () => T | PromiseLike<T>): Promise<T> {
  return new Promise<T>((resolve) => resolve(work()));
}
