import type { RiskInput } from '../risk-input.js';
import type { CategoryIndex } from './category-codebook.js';
import { FEATURE_COUNT } from './feature-names.js';
import type { FeatureHistory } from './feature-history.js';
import { writeFeatures } from './featurizer.js';

/** Row-major matrix of features, one row per declaration, `NaN` for missing. */
export interface FeatureMatrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

export interface TimelineOptions {
  history: FeatureHistory;
  index: CategoryIndex;
  /** Training: each day's labels join the history once that day is featurised. */
  useLabels: boolean;
  /**
   * Whether the declarations join the history after their day (counts, first/last seen, unit
   * values), as production would know them, labels or not. Default true.
   */
  observe?: boolean;
}

/** Undated declarations (rejected upstream in practice) replay first, as one group. */
function dayKey(input: RiskInput): number {
  return Number.isNaN(input.day) ? -1e9 : input.day;
}

/** Indices of `inputs` in date order (then id), the order of a point-in-time replay. */
export function timelineOrder(inputs: readonly RiskInput[]): Uint32Array {
  const order = Uint32Array.from(inputs.keys());
  order.sort((a, b) => {
    const x = inputs[a]!;
    const y = inputs[b]!;
    return dayKey(x) - dayKey(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : a - b);
  });
  return order;
}

/**
 * Featurises declarations point in time: day by day, every declaration of a day is featurised
 * from the history of the days before, then the whole day joins the history. Same-day
 * declarations never see each other; rows come back in the order of `inputs`.
 */
export function featurizeTimeline(inputs: readonly RiskInput[], options: TimelineOptions): FeatureMatrix {
  const { history, index, useLabels } = options;
  const observe = options.observe ?? true;
  const data = new Float64Array(inputs.length * FEATURE_COUNT);
  const order = timelineOrder(inputs);
  let start = 0;
  while (start < order.length) {
    const day = dayKey(inputs[order[start]!]!);
    let end = start;
    while (end < order.length && dayKey(inputs[order[end]!]!) === day) {
      const row = order[end]!;
      writeFeatures(inputs[row]!, { history, index }, { out: data, row });
      end++;
    }
    if (observe) for (let i = start; i < end; i++) history.observe(inputs[order[i]!]!, useLabels);
    start = end;
  }
  return { rows: inputs.length, cols: FEATURE_COUNT, data };
}
