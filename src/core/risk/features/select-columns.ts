import type { FeatureMatrix } from './featurize-timeline.js';
import { FEATURE_INDEX } from './feature-names.js';

/** Column positions of feature names in the full feature vector; unknown names are an error. */
export function featureColumns(names: readonly string[]): Int32Array {
  return Int32Array.from(names, (name) => {
    const column = FEATURE_INDEX.get(name);
    if (column === undefined) throw new RangeError(`unknown risk feature "${name}"`);
    return column;
  });
}

/** Copies the given columns of the given rows (all rows by default) into a new matrix. */
export function selectColumns(matrix: FeatureMatrix, columns: Int32Array, rows?: ArrayLike<number>): FeatureMatrix {
  const count = rows ? rows.length : matrix.rows;
  const cols = columns.length;
  const data = new Float64Array(count * cols);
  for (let i = 0; i < count; i++) {
    const base = (rows ? rows[i]! : i) * matrix.cols;
    for (let c = 0; c < cols; c++) data[i * cols + c] = matrix.data[base + columns[c]!]!;
  }
  return { rows: count, cols, data };
}
