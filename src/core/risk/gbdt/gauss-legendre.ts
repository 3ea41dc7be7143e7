/** Points and weights of a Gauss-Legendre rule on [0, 1]: exact for polynomials of degree ≤ 2k − 1. */
export interface Quadrature {
  points: Float64Array;
  weights: Float64Array;
}

/** Legendre P_k and its derivative at x, by the three-term recurrence. */
function legendre(k: number, x: number): { value: number; slope: number } {
  let previous = 1;
  let value = x;
  for (let j = 2; j <= k; j++) {
    const next = ((2 * j - 1) * x * value - (j - 1) * previous) / j;
    previous = value;
    value = next;
  }
  return { value, slope: (k * (x * value - previous)) / (x * x - 1) };
}

/** The k-point rule, roots found by Newton's method from Chebyshev guesses (k ≥ 1). */
export function gaussLegendre(k: number): Quadrature {
  const points = new Float64Array(k);
  const weights = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    let x = Math.cos((Math.PI * (i + 0.75)) / (k + 0.5));
    for (let iteration = 0; iteration < 100; iteration++) {
      const { value, slope } = k === 1 ? { value: x, slope: 1 } : legendre(k, x);
      const step = value / slope;
      x -= step;
      if (Math.abs(step) < 1e-15) break;
    }
    const slope = k === 1 ? 1 : legendre(k, x).slope;
    // On [-1, 1] the weight is 2 / ((1 − x²) P'(x)²); mapped to [0, 1] it halves.
    points[i] = (1 - x) / 2;
    weights[i] = 1 / ((1 - x * x) * slope * slope);
  }
  return { points, weights };
}
