import { indexCategoryCodebook, type CategoryIndex } from '../features/category-codebook.js';
import { FeatureHistory } from '../features/feature-history.js';
import { FEATURE_COUNT } from '../features/feature-names.js';
import { featurizeTimeline, type FeatureMatrix } from '../features/featurize-timeline.js';
import { blocksFor, writeFeatures, type FeatureBlocks } from '../features/featurizer.js';
import { featureColumns } from '../features/select-columns.js';
import { compileForest, scoreBlock, scoreRow, type CompiledForest } from '../gbdt/compiled-forest.js';
import { sigmoid } from '../gbdt/gbdt-model.js';
import { packForest, scorePacked, type PackedForest } from '../gbdt/packed-forest.js';
import type { RiskInput } from '../risk-input.js';
import type { ModelArtifact } from './model-artifact.js';

/** Scores declarations with one model; the history it reads is its own copy. */
export interface RiskScorer {
  readonly artifact: ModelArtifact;
  readonly history: FeatureHistory;
  readonly index: CategoryIndex;
  /** Column of each model feature in the full feature vector. */
  readonly columns: Int32Array;
  readonly forest: CompiledForest;
  /** The same forest packed for batch scoring, when it fits (see packed-forest.ts). */
  readonly packed: PackedForest | undefined;
  /** Fraud probabilities of a batch against the history as it stands (nothing is added to it). */
  scoreBatch(inputs: readonly RiskInput[]): Float64Array;
  /**
   * Writes the feature rows the model reads (row-major, FEATURE_COUNT columns) of `inputs` into
   * `out` from row `firstRow` on, against the history as it stands: what scoreBatch computes
   * before walking the trees, for callers that score the rows elsewhere (worker threads).
   */
  writeRows(inputs: readonly RiskInput[], out: Float64Array, firstRow?: number): void;
  /** Fraud probabilities of full feature rows (row-major, FEATURE_COUNT columns) computed elsewhere. */
  scoreFeatures(features: Float64Array, rows: number): Float64Array;
  /** Raw (log-odds) score of one full feature row. */
  rawScore(features: Float64Array, offset?: number): number;
  /** Full feature vector of one declaration against the history as it stands. */
  features(input: RiskInput): Float64Array;
  /**
   * Replays a later period day by day: each day is scored from the days before, then joins
   * the history without its labels (what production knows: arrivals, not outcomes).
   */
  scoreTimeline(inputs: readonly RiskInput[]): { probabilities: Float64Array; features: FeatureMatrix };
}

export interface RiskScorerOptions {
  /** A live history to score from (evaluation continues the training one); else the artifact's. */
  history?: FeatureHistory;
}

/** Rows featurised and scored together: one tree's nodes stay in cache across a block. */
const BLOCK = 256;

export function createRiskScorer(artifact: ModelArtifact, options: RiskScorerOptions = {}): RiskScorer {
  const history = options.history ?? FeatureHistory.fromJSON(artifact.history);
  const index = indexCategoryCodebook(artifact.codebook);
  const columns = featureColumns(artifact.gbdt.featureNames);
  const forest = compileForest(artifact.gbdt, (f) => columns[f]!);
  const blocks: FeatureBlocks = blocksFor(artifact.gbdt.featureNames);
  const block = new Float64Array(BLOCK * FEATURE_COUNT).fill(Number.NaN);
  const packed = packForest(artifact.gbdt, (f) => columns[f]!);
  const rawScores = (data: Float64Array, rows: number): Float64Array =>
    packed
      ? scorePacked(packed, data, { cols: FEATURE_COUNT, rows })
      : scoreBlock(forest, data, { cols: FEATURE_COUNT, rows });
  return {
    artifact,
    history,
    index,
    columns,
    forest,
    packed,
    scoreFeatures: (data, rows) => rawScores(data, rows).map(sigmoid),
    scoreBatch(inputs) {
      const out = new Float64Array(inputs.length);
      for (let start = 0; start < inputs.length; start += BLOCK) {
        const rows = Math.min(BLOCK, inputs.length - start);
        for (let i = 0; i < rows; i++)
          writeFeatures(inputs[start + i]!, { history, index, blocks }, { out: block, row: i });
        const raw = rawScores(block, rows);
        for (let i = 0; i < rows; i++) out[start + i] = sigmoid(raw[i]!);
      }
      return out;
    },
    writeRows(inputs, out, firstRow = 0) {
      inputs.forEach((input, i) => writeFeatures(input, { history, index, blocks }, { out, row: firstRow + i }));
    },
    rawScore: (features, offset = 0) => scoreRow(forest, features, offset),
    features(input) {
      const full = new Float64Array(FEATURE_COUNT);
      writeFeatures(input, { history, index }, { out: full, row: 0 });
      return full;
    },
    scoreTimeline(inputs) {
      const features = featurizeTimeline(inputs, { history, index, useLabels: false });
      const raw = rawScores(features.data, inputs.length);
      return { probabilities: raw.map(sigmoid), features };
    },
  };
}
