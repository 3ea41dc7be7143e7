import {
  fitCategoryCodebook,
  indexCategoryCodebook,
  type CategoryIndex,
} from '../core/risk/features/category-codebook.js';
import type { FeatureHistory } from '../core/risk/features/feature-history.js';
import { FEATURE_COUNT } from '../core/risk/features/feature-names.js';
import { writeFeatures, type FeatureBlocks } from '../core/risk/features/featurizer.js';
import { decisionSubject } from '../core/risk/lanes/decision-subject.js';
import type { RiskScorer } from '../core/risk/model/risk-scorer.js';
import type { Candidate } from './decide-candidates.js';
import type { StoredInput } from './stored-inputs.js';

/** Trader histories and goods rates; the HS6 unit-value median only for the rows that need it. */
const BLOCKS: FeatureBlocks = { entities: true, goods: true, unitHistory: false };

/** Codes of no model: every categorical is missing (rules read the raw fields, not the codes). */
const NO_CODES: CategoryIndex = indexCategoryCodebook(fitCategoryCodebook([]));

/**
 * One day's stored declarations featurised from the history of the days before (the caller
 * adds the day to the history afterwards), scored when there is a model (NaN otherwise).
 */
export function featuriseDay(
  day: readonly StoredInput[],
  context: { scorer: RiskScorer | undefined; history: FeatureHistory },
): Candidate[] {
  const { scorer, history } = context;
  const index = scorer?.index ?? NO_CODES;
  const data = new Float64Array(day.length * FEATURE_COUNT);
  day.forEach((item, row) => writeFeatures(item.input, { history, index, blocks: BLOCKS }, { out: data, row }));
  const scores = scorer ? scorer.scoreFeatures(data, day.length) : new Float64Array(day.length).fill(Number.NaN);
  return day.map((item, i) => ({
    input: item.input,
    declarationVersion: item.version,
    subject: decisionSubject(item.record.declaration),
    features: data.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT),
    score: scores[i]!,
  }));
}

/** The complete feature row of one candidate (with the unit-value history), from the same history. */
export function completeRow(
  candidate: Candidate,
  context: { scorer: RiskScorer; history: FeatureHistory },
): Float64Array {
  const full = new Float64Array(FEATURE_COUNT);
  writeFeatures(candidate.input, { history: context.history, index: context.scorer.index }, { out: full, row: 0 });
  return full;
}

/** Stored declarations grouped by day, in date order, as the scan gives them. */
export async function* byDay(pages: AsyncIterable<StoredInput[]>): AsyncGenerator<StoredInput[]> {
  let day: StoredInput[] = [];
  for await (const page of pages) {
    for (const item of page) {
      if (day.length > 0 && day[0]!.input.date !== item.input.date) {
        yield day;
        day = [];
      }
      day.push(item);
    }
  }
  if (day.length > 0) yield day;
}
