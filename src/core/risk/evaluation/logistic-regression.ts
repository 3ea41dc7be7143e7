import type { FeatureMatrix } from '../features/featurize-timeline.js';

/** A standardised logistic regression: the linear baseline measured next to the GBDT. */
export interface LogisticModel {
  /** Per column: the transform is sign(x)·log1p(|x|), then (x − mean) / std; missing → 0. */
  mean: Float64Array;
  std: Float64Array;
  weights: Float64Array;
  intercept: number;
}

export interface LogisticOptions {
  /** L2 penalty on the weights (not the intercept). */
  lambda?: number;
  iterations?: number;
}

function transform(v: number): number {
  return Number.isNaN(v) ? Number.NaN : Math.sign(v) * Math.log1p(Math.abs(v));
}

function standardise(row: Float64Array, model: Pick<LogisticModel, 'mean' | 'std'>, out: Float64Array): void {
  for (let c = 0; c < row.length; c++) {
    const v = transform(row[c]!);
    out[c] = Number.isNaN(v) ? 0 : (v - model.mean[c]!) / model.std[c]!;
  }
}

function columnStats(x: FeatureMatrix): { mean: Float64Array; std: Float64Array } {
  const mean = new Float64Array(x.cols);
  const sq = new Float64Array(x.cols);
  const n = new Float64Array(x.cols);
  for (let i = 0; i < x.rows; i++) {
    for (let c = 0; c < x.cols; c++) {
      const v = transform(x.data[i * x.cols + c]!);
      if (Number.isNaN(v)) continue;
      n[c]! += 1;
      mean[c]! += v;
      sq[c]! += v * v;
    }
  }
  const std = new Float64Array(x.cols);
  for (let c = 0; c < x.cols; c++) {
    mean[c] = n[c]! > 0 ? mean[c]! / n[c]! : 0;
    const variance = n[c]! > 0 ? sq[c]! / n[c]! - mean[c]! ** 2 : 0;
    std[c] = variance > 1e-12 ? Math.sqrt(variance) : 1;
  }
  return { mean, std };
}

/** Solves A·x = b for a symmetric positive-definite A (Cholesky), in place. */
function solveSpd(a: Float64Array, b: Float64Array, n: number): Float64Array {
  for (let j = 0; j < n; j++) {
    let d = a[j * n + j]!;
    for (let k = 0; k < j; k++) d -= a[j * n + k]! ** 2;
    const l = Math.sqrt(Math.max(d, 1e-12));
    a[j * n + j] = l;
    for (let i = j + 1; i < n; i++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= a[i * n + k]! * a[j * n + k]!;
      a[i * n + j] = s / l;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= a[i * n + k]! * y[k]!;
    y[i] = s / a[i * n + i]!;
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= a[k * n + i]! * y[k]!;
    y[i] = s / a[i * n + i]!;
  }
  return y;
}

/** Fits by IRLS (Newton steps on the penalised log-likelihood); deterministic. */
export function trainLogistic(x: FeatureMatrix, y: Float64Array, options: LogisticOptions = {}): LogisticModel {
  const lambda = options.lambda ?? 1;
  const { mean, std } = columnStats(x);
  const p = x.cols + 1;
  let beta = new Float64Array(p);
  const z = new Float64Array(p);
  for (let iteration = 0; iteration < (options.iterations ?? 8); iteration++) {
    const hessian = new Float64Array(p * p);
    const gradient = new Float64Array(p);
    for (let i = 0; i < x.rows; i++) {
      standardise(x.data.subarray(i * x.cols, (i + 1) * x.cols), { mean, std }, z);
      z[x.cols] = 1;
      let eta = 0;
      for (let c = 0; c < p; c++) eta += beta[c]! * z[c]!;
      const mu = 1 / (1 + Math.exp(-eta));
      const w = Math.max(mu * (1 - mu), 1e-9);
      for (let a = 0; a < p; a++) {
        gradient[a]! += (y[i]! - mu) * z[a]!;
        const wa = w * z[a]!;
        for (let b = 0; b <= a; b++) hessian[a * p + b]! += wa * z[b]!;
      }
    }
    for (let a = 0; a < p; a++) {
      for (let b = 0; b < a; b++) hessian[b * p + a] = hessian[a * p + b]!;
      if (a < x.cols) {
        hessian[a * p + a]! += lambda;
        gradient[a]! -= lambda * beta[a]!;
      }
    }
    const step = solveSpd(hessian, gradient, p);
    beta = beta.map((v, c) => v + step[c]!);
  }
  return { mean, std, weights: beta.slice(0, x.cols), intercept: beta[x.cols]! };
}

export function predictLogistic(model: LogisticModel, x: FeatureMatrix): Float64Array {
  const z = new Float64Array(x.cols);
  return Float64Array.from({ length: x.rows }, (_, i) => {
    standardise(x.data.subarray(i * x.cols, (i + 1) * x.cols), model, z);
    let eta = model.intercept;
    for (let c = 0; c < x.cols; c++) eta += model.weights[c]! * z[c]!;
    return 1 / (1 + Math.exp(-eta));
  });
}
