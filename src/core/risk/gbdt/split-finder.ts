/** The best split found for a node. */
export interface SplitCandidate {
  gain: number;
  feature: number;
  /** Left takes bins 1..bin (and the missing bin 0 when `missingLeft`). */
  bin: number;
  missingLeft: boolean;
}

export interface SplitConstraints {
  lambda: number;
  minChildWeight: number;
  minSplitGain: number;
}

export const NO_SPLIT: SplitCandidate = { gain: 0, feature: -1, bin: 0, missingLeft: false };

/**
 * Best split over `features` given a node histogram laid out as in `HistogramBuilder`:
 * for each feature, every bin boundary with missing values sent left and then right.
 * Gain = gL²/(hL+λ) + gR²/(hR+λ) − g²/(h+λ).
 */
export function findBestSplit(
  hist: Float64Array,
  search: SplitConstraints & { features: Int32Array; offsets: Int32Array },
  totals: { grad: number; hess: number },
): SplitCandidate {
  const constraints = search;
  const { lambda, minChildWeight } = search;
  const { grad: G, hess: H } = totals;
  const parent = (G * G) / (H + lambda);
  let bestGain = constraints.minSplitGain;
  let bestFeature = -1;
  let bestBin = 0;
  let bestMissingLeft = false;
  const { features, offsets } = search;
  for (let j = 0; j < features.length; j++) {
    const f = features[j]!;
    const o = offsets[f]! * 2;
    const bins = offsets[f + 1]! - offsets[f]!;
    const missG = hist[o]!;
    const missH = hist[o + 1]!;
    let gl = 0;
    let hl = 0;
    for (let b = 1; b < bins - 1; b++) {
      gl += hist[o + 2 * b]!;
      hl += hist[o + 2 * b + 1]!;
      let hr = H - hl;
      if (hl >= minChildWeight && hr >= minChildWeight) {
        const gain = (gl * gl) / (hl + lambda) + ((G - gl) * (G - gl)) / (hr + lambda) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          bestFeature = f;
          bestBin = b;
          bestMissingLeft = false;
        }
      }
      if (missH <= 0) continue;
      const lg = gl + missG;
      const lh = hl + missH;
      hr = H - lh;
      if (lh >= minChildWeight && hr >= minChildWeight) {
        const gain = (lg * lg) / (lh + lambda) + ((G - lg) * (G - lg)) / (hr + lambda) - parent;
        if (gain > bestGain) {
          bestGain = gain;
          bestFeature = f;
          bestBin = b;
          bestMissingLeft = true;
        }
      }
    }
  }
  return bestFeature < 0
    ? NO_SPLIT
    : { gain: bestGain, feature: bestFeature, bin: bestBin, missingLeft: bestMissingLeft };
}
