import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureMatrix } from '../src/core/risk/features/featurize-timeline.js';
import { featureColumns, selectColumns } from '../src/core/risk/features/select-columns.js';
import type { RiskInput } from '../src/core/risk/risk-input.js';

export type AnchorResult =
  { status: 'ok'; metrics: Record<string, number | string> } | { status: 'skipped'; reason: string };

function toCsv(names: readonly string[], x: FeatureMatrix, inputs: readonly RiskInput[]): string {
  const lines = [[...names, 'label'].join(',')];
  for (let i = 0; i < x.rows; i++) {
    const cells: string[] = [];
    for (let c = 0; c < x.cols; c++) {
      const v = x.data[i * x.cols + c]!;
      cells.push(Number.isNaN(v) ? '' : String(v));
    }
    cells.push(String(inputs[i]!.label?.fraud ?? 0));
    lines.push(cells.join(','));
  }
  return `${lines.join('\n')}\n`;
}

function python(): string | undefined {
  for (const candidate of ['/usr/bin/python3', 'python3']) {
    const probe = spawnSync(candidate, ['-c', 'import xgboost'], { stdio: 'ignore' });
    if (probe.status === 0) return candidate;
  }
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : undefined;
}

/**
 * Exports the same point-in-time features the Tamga model trains on (full rows of train and
 * test, model columns only) and runs scripts/xgboost-anchor.py on them when Debian's
 * python3-xgboost is installed.
 */
export function runXgboostAnchor(data: {
  features: readonly string[];
  train: { x: FeatureMatrix; inputs: readonly RiskInput[] };
  test: { x: FeatureMatrix; inputs: readonly RiskInput[] };
}): AnchorResult {
  const interpreter = python();
  if (interpreter === undefined) return { status: 'skipped', reason: 'python3 is not installed' };
  const folder = mkdtempSync(join(tmpdir(), 'tamga-xgb-'));
  try {
    const columns = featureColumns(data.features);
    const labelled = (inputs: readonly RiskInput[]) => [...inputs.keys()].filter((i) => inputs[i]!.label !== undefined);
    for (const [name, part] of [
      ['train', data.train],
      ['test', data.test],
    ] as const) {
      const rows = labelled(part.inputs);
      const x = selectColumns(part.x, columns, rows);
      writeFileSync(
        join(folder, `${name}.csv`),
        toCsv(
          data.features,
          x,
          rows.map((i) => part.inputs[i]!),
        ),
      );
    }
    const script = new URL('../scripts/xgboost-anchor.py', import.meta.url).pathname;
    const run = spawnSync(interpreter, [script, folder], { encoding: 'utf8' });
    if (run.status === 3) return { status: 'skipped', reason: run.stderr.trim() };
    if (run.status !== 0)
      return { status: 'skipped', reason: `xgboost anchor failed: ${run.stderr.trim().split('\n').pop()}` };
    return { status: 'ok', metrics: JSON.parse(run.stdout) as Record<string, number | string> };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
