const WINDOW_MS = 15 * 60 * 1000;
const MAX_FAILURES = 5;

/** Slows password guessing: five failures per username and address within 15 minutes block that pair. */
export class SignInThrottle {
  readonly #failures = new Map<string, number[]>();

  constructor(private readonly now: () => Date) {}

  blocked(key: string): boolean {
    return this.recent(key).length >= MAX_FAILURES;
  }

  failed(key: string): void {
    this.#failures.set(key, [...this.recent(key), this.now().getTime()]);
    if (this.#failures.size > 10_000) this.#failures.clear();
  }

  succeeded(key: string): void {
    this.#failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now().getTime() - WINDOW_MS;
    return (this.#failures.get(key) ?? []).filter((time) => time > since);
  }
}
