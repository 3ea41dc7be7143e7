import type { RiskDecisionStore } from '../core/ports/risk-decision-store.js';
import type { LanePolicy } from '../core/risk/lanes/lane-policy.js';
import type { Lane } from '../core/risk/rules/targeting-rule.js';

interface DayCount {
  declarations: number;
  red: number;
  yellow: number;
}

/** Days looked back for a typical daily volume. */
const TYPICAL_DAYS = 28;

/**
 * Red and yellow places left per day while a day's declarations arrive batch by batch. A day's
 * capacity is its share of the larger of the declarations decided so far and a typical day's
 * volume, so that the first declarations of a morning can go red too. Days not seen since start
 * are read from the current lanes once.
 */
export class DayLedger {
  readonly #days = new Map<string, DayCount>();
  #typical = 0;

  constructor(private readonly lanes: Pick<RiskDecisionStore, 'laneCounts'>) {}

  /** Mean declarations per day over the latest decided days (a capacity floor for a new day). */
  async prime(last: string | undefined): Promise<void> {
    this.#days.clear();
    this.#typical = 0;
    if (!last) return;
    const from = new Date(Date.parse(`${last}T00:00:00Z`) - TYPICAL_DAYS * 86_400_000).toISOString().slice(0, 10);
    const perDay = new Map<string, number>();
    for (const t of await this.lanes.laneCounts({ from, to: last }))
      perDay.set(t.date, (perDay.get(t.date) ?? 0) + t.declarations);
    const counts = [...perDay.values()];
    this.#typical = counts.length > 0 ? counts.reduce((a, b) => a + b, 0) / counts.length : 0;
  }

  async capacity(date: string, arriving: number, policy: LanePolicy): Promise<{ red: number; yellow: number }> {
    const day = await this.day(date);
    const volume = Math.max(day.declarations + arriving, this.#typical);
    return {
      red: Math.max(0, Math.floor(volume * policy.redShare) - day.red),
      yellow: Math.max(0, Math.floor(volume * policy.yellowShare) - day.yellow),
    };
  }

  record(date: string, lanes: readonly Lane[]): void {
    const day = this.#days.get(date);
    if (!day) return;
    day.declarations += lanes.length;
    for (const lane of lanes) if (lane === 'red' || lane === 'yellow') day[lane] += 1;
  }

  private async day(date: string): Promise<DayCount> {
    let day = this.#days.get(date);
    if (!day) {
      day = { declarations: 0, red: 0, yellow: 0 };
      for (const t of await this.lanes.laneCounts({ from: date, to: date })) {
        day.declarations += t.declarations;
        if (t.lane === 'red' || t.lane === 'yellow') day[t.lane] += t.declarations;
      }
      if (this.#days.size > 10_000) this.#days.clear();
      this.#days.set(date, day);
    }
    return day;
  }
}
