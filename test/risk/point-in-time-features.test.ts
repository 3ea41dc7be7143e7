import { describe, expect, it } from 'vitest';
import { fitCategoryCodebook, indexCategoryCodebook } from '../../src/core/risk/features/category-codebook.js';
import { FeatureHistory } from '../../src/core/risk/features/feature-history.js';
import { FEATURE_COUNT, FEATURE_NAMES } from '../../src/core/risk/features/feature-names.js';
import { featurizeTimeline } from '../../src/core/risk/features/featurize-timeline.js';
import type { RiskInput } from '../../src/core/risk/risk-input.js';
import { fixtureInputs } from './support/fixture-inputs.js';

const { train, valid } = fixtureInputs();
// The encoder (codes by training frequency) is fitted once, like bin edges: part of the model.
const index = indexCategoryCodebook(fitCategoryCodebook(train));

function featurize(inputs: readonly RiskInput[], useLabels = true): Float64Array {
  return featurizeTimeline(inputs, { history: new FeatureHistory(), index, useLabels }).data;
}

function row(data: Float64Array, i: number): number[] {
  return Array.from(data.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT));
}

function differingFeatures(a: Float64Array, b: Float64Array, i: number): string[] {
  const x = row(a, i);
  const y = row(b, i);
  return FEATURE_NAMES.filter((_, f) => !Object.is(x[f], y[f]));
}

describe('point-in-time features', () => {
  it('adding later declarations never changes an earlier declaration’s features', () => {
    const byDate = [...train].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
    const all = featurize(byDate);
    for (const cutDate of ['2020-01-03', '2020-01-08', '2020-01-15']) {
      const prefix = byDate.filter((d) => d.date < cutDate);
      expect(prefix.length).toBeGreaterThan(100);
      const partial = featurize(prefix);
      for (let i = 0; i < prefix.length; i++) expect(differingFeatures(partial, all, i)).toEqual([]);
    }
  });

  it('a label changes no feature of its own day or earlier, and features of later days', () => {
    const day = train[1500]!.date;
    const flipped = train.map((d, i) =>
      i === 1500 ? { ...d, label: { fraud: (1 - d.label!.fraud) as 0 | 1, criticalFraud: 0 as const } } : d,
    );
    const before = featurize(train);
    const after = featurize(flipped);
    const changedSameOrEarlier = train.filter(
      (d, i) => d.date <= day && differingFeatures(before, after, i).length > 0,
    );
    expect(changedSameOrEarlier).toEqual([]);
    const changedLater = train.filter((d, i) => d.date > day && differingFeatures(before, after, i).length > 0);
    expect(changedLater.length).toBeGreaterThan(0);
  });

  it('scoring a later period never reads its labels', () => {
    const history = new FeatureHistory();
    featurizeTimeline(train, { history, index, useLabels: true });
    const snapshot = history.toJSON();
    const scored = featurizeTimeline(valid, { history: FeatureHistory.fromJSON(snapshot), index, useLabels: false });
    const unlabelled = valid.map(({ label: _label, ...rest }) => rest);
    const blind = featurizeTimeline(unlabelled, {
      history: FeatureHistory.fromJSON(snapshot),
      index,
      useLabels: false,
    });
    expect(Array.from(scored.data)).toEqual(Array.from(blind.data));
  });

  it('flags new traders and compares unit values with the HS6 history', () => {
    const history = new FeatureHistory();
    const data = featurizeTimeline(train, { history, index, useLabels: true }).data;
    const seen = FEATURE_NAMES.indexOf('importerId_seen');
    const ratio = FEATURE_NAMES.indexOf('unit_value_log_ratio_hs6');
    const first = train.findIndex((d) => d.date > '2020-01-01');
    expect(train.slice(0, first).every((_, i) => data[i * FEATURE_COUNT + seen] === 0)).toBe(true);
    expect(train.some((_, i) => Number.isFinite(data[i * FEATURE_COUNT + ratio]!))).toBe(true);
  });
});
