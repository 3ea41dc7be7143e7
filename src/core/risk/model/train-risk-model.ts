import { fitCategoryCodebook, indexCategoryCodebook } from '../features/category-codebook.js';
import { FeatureHistory } from '../features/feature-history.js';
import { featurizeTimeline, type FeatureMatrix } from '../features/featurize-timeline.js';
import { featureColumns, selectColumns } from '../features/select-columns.js';
import type { BinnedMatrix } from '../gbdt/binning.js';
import type { HistogramBuilder } from '../gbdt/histogram.js';
import { trainGbdt, type LabelledMatrix } from '../gbdt/train-gbdt.js';
import type { RiskInput } from '../risk-input.js';
import { resolveRiskParams, type RiskParamsOverrides } from './default-risk-params.js';
import type { ModelArtifact, RiskModelParams } from './model-artifact.js';

export interface TrainRiskModelOptions {
  /** Declarations of the training period; those with a label train the booster. */
  train: readonly RiskInput[];
  params?: RiskParamsOverrides;
  /** ISO 8601 creation time (the core has no clock). */
  createdAt: string;
  version?: string;
  createBuilder?: (binned: BinnedMatrix) => HistogramBuilder;
}

export interface TrainedRiskModel {
  artifact: ModelArtifact;
  /** The history as of the end of training, live: evaluation goes on from it. */
  history: FeatureHistory;
  /** Full feature matrix of the training rows (point in time), in input order. */
  features: FeatureMatrix;
}

function labelled(
  inputs: readonly RiskInput[],
  matrix: FeatureMatrix,
  columns: Int32Array,
): LabelledMatrix & { days: number[] } {
  const rows = [...inputs.keys()].filter((i) => inputs[i]!.label !== undefined);
  return {
    x: selectColumns(matrix, columns, rows),
    y: Float64Array.from(rows, (i) => inputs[i]!.label!.fraud),
    days: rows.map((i) => inputs[i]!.day),
  };
}

function split(data: LabelledMatrix & { days: number[] }, share: number): [LabelledMatrix, LabelledMatrix] {
  const sorted = [...data.days].sort((a, b) => a - b);
  const cutoff = sorted[Math.floor(sorted.length * (1 - share))] ?? Number.POSITIVE_INFINITY;
  const pick = (early: boolean): LabelledMatrix => {
    const rows = data.days.flatMap((d, i) => (d < cutoff === early ? [i] : []));
    const all = Int32Array.from({ length: data.x.cols }, (_, c) => c);
    return { x: selectColumns(data.x, all, rows), y: Float64Array.from(rows, (i) => data.y[i]!) };
  };
  return [pick(true), pick(false)];
}

function fitBooster(
  data: LabelledMatrix & { days: number[] },
  params: RiskModelParams,
  options: TrainRiskModelOptions,
) {
  const base = { featureNames: params.features, createBuilder: options.createBuilder };
  if (params.earlyStoppingShare <= 0) return trainGbdt({ ...base, train: data, params: params.gbdt });
  const [early, late] = split(data, params.earlyStoppingShare);
  const stopped = trainGbdt({ ...base, train: early, valid: late, params: params.gbdt });
  if (!params.refit) return stopped;
  const refit = trainGbdt({ ...base, train: data, params: { ...params.gbdt, rounds: stopped.bestIteration } });
  return { ...refit, validLoss: stopped.validLoss, bestIteration: stopped.bestIteration };
}

/**
 * Trains a risk model on a training period: fits the encoder, replays the period day by day
 * for point-in-time features, and boosts trees on the labelled rows (early stopping on the
 * latest `earlyStoppingShare` of the period, then a refit on all of it).
 */
export function trainRiskModel(options: TrainRiskModelOptions): TrainedRiskModel {
  const params = resolveRiskParams(options.params);
  const codebook = fitCategoryCodebook(options.train);
  const index = indexCategoryCodebook(codebook);
  const history = new FeatureHistory(params.smoothing);
  const features = featurizeTimeline(options.train, { history, index, useLabels: true });
  const data = labelled(options.train, features, featureColumns(params.features));
  const gbdt = fitBooster(data, params, options);
  const dates = options.train
    .map((input) => input.date)
    .filter((d) => d !== '')
    .sort();
  const artifact: ModelArtifact = {
    format: 'tamga-risk-model',
    schemaVersion: 1,
    version: options.version ?? `gbdt-${options.createdAt.replace(/[^0-9]/g, '').slice(0, 14)}-${params.gbdt.seed}`,
    createdAt: options.createdAt,
    training: {
      from: dates[0] ?? '',
      to: dates[dates.length - 1] ?? '',
      rows: data.y.length,
      frauds: data.y.reduce((a, b) => a + b, 0),
    },
    params,
    metrics: {},
    codebook,
    gbdt,
    history: history.toJSON(),
  };
  return { artifact, history, features };
}
