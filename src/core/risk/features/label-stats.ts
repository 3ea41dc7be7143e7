/** Labelled history of one key (an HS code, an HS code and origin, a trader...). */
export interface LabelStats {
  /** Declarations seen before, labelled or not. */
  seen: number;
  labelled: number;
  frauds: number;
  /** Day number of the first and last declaration seen. */
  firstDay: number;
  lastDay: number;
}

export function newLabelStats(day: number): LabelStats {
  return { seen: 0, labelled: 0, frauds: 0, firstDay: day, lastDay: day };
}

/** Fraud rate shrunk toward `prior` with `weight` pseudo-observations (an m-estimate). */
export function smoothedRate(stats: LabelStats | undefined, prior: number, weight: number): number {
  if (!stats) return prior;
  return (stats.frauds + prior * weight) / (stats.labelled + weight);
}

/** Adds one declaration to `table[key]`; its label only when `fraud` is given. */
export function recordStats(
  table: Map<string, LabelStats>,
  key: string,
  { day, fraud }: { day: number; fraud: number | undefined },
): void {
  let stats = table.get(key);
  if (!stats) {
    stats = newLabelStats(day);
    table.set(key, stats);
  }
  stats.seen += 1;
  if (day < stats.firstDay) stats.firstDay = day;
  if (day > stats.lastDay) stats.lastDay = day;
  if (fraud !== undefined) {
    stats.labelled += 1;
    stats.frauds += fraud;
  }
}
