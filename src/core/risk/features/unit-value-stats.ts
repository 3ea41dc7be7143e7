/**
 * Distribution of log unit values (value / net mass) per commodity code, for a robust
 * comparison of one declaration against what history shows: log ratio to the median and a
 * MAD-based z-score. Values are kept sorted; the summary is recomputed lazily after updates.
 */
export class UnitValueStats {
  private readonly values = new Map<string, number[]>();
  private readonly summaries = new Map<string, { median: number; mad: number; n: number }>();

  add(key: string, logUnitValue: number): void {
    if (!Number.isFinite(logUnitValue)) return;
    let sorted = this.values.get(key);
    if (!sorted) {
      sorted = [];
      this.values.set(key, sorted);
    }
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] ?? 0) <= logUnitValue) lo = mid + 1;
      else hi = mid;
    }
    sorted.splice(lo, 0, logUnitValue);
    this.summaries.delete(key);
  }

  summary(key: string): { median: number; mad: number; n: number } | undefined {
    const cached = this.summaries.get(key);
    if (cached) return cached;
    const sorted = this.values.get(key);
    if (!sorted || sorted.length === 0) return undefined;
    const median = medianOfSorted(sorted);
    const deviations = sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
    const summary = { median, mad: medianOfSorted(deviations), n: sorted.length };
    this.summaries.set(key, summary);
    return summary;
  }

  toJSON(): Record<string, number[]> {
    return Object.fromEntries(this.values);
  }

  static fromJSON(json: Record<string, number[]>): UnitValueStats {
    const stats = new UnitValueStats();
    for (const [key, values] of Object.entries(json)) stats.values.set(key, [...values]);
    return stats;
  }
}

function medianOfSorted(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
