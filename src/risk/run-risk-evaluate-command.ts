import { existsSync } from 'node:fs';
import { formatRiskEvaluation } from '../core/risk/evaluation/format-evaluation.js';
import type { RiskEvaluation } from '../core/risk/evaluation/risk-evaluation.js';
import type { RiskParamsOverrides } from '../core/risk/model/default-risk-params.js';
import { evaluateRisk } from './evaluate-risk.js';
import { readRiskInputs } from './read-risk-inputs.js';

/** Options of `tamga risk evaluate --train <files...> --test <files...> [--json]`. */
export interface RiskEvaluateCommandOptions {
  train: string[];
  test: string[];
  /** Print one JSON object instead of the table. */
  json?: boolean;
  params?: RiskParamsOverrides;
  /** Where the table or JSON goes (default: stdout). */
  write?: (text: string) => void;
  /** Where problems go (default: stderr). */
  warn?: (text: string) => void;
}

export interface RiskEvaluateCommandResult {
  /** 0 when evaluated; 1 when a period has no labelled declaration; 2 when a file is missing. */
  exitCode: number;
  result?: RiskEvaluation;
}

/** Reads both periods through the decoders, evaluates, prints; never throws on bad rows. */
export async function runRiskEvaluateCommand(options: RiskEvaluateCommandOptions): Promise<RiskEvaluateCommandResult> {
  const write = options.write ?? ((text: string) => process.stdout.write(`${text}\n`));
  const warn = options.warn ?? ((text: string) => process.stderr.write(`${text}\n`));
  const missing = [...options.train, ...options.test].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    for (const file of missing) warn(`${file}: no such file`);
    return { exitCode: 2 };
  }
  const train = await readRiskInputs(options.train);
  const test = await readRiskInputs(options.test);
  for (const p of [...train.problems, ...test.problems].slice(0, 20)) {
    warn(`${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`);
  }
  const skipped = train.problems.length + test.problems.length;
  if (skipped > 20) warn(`… ${skipped - 20} more problems`);
  for (const [name, period] of [
    ['--train', train],
    ['--test', test],
  ] as const) {
    if (!period.inputs.some((i) => i.label !== undefined)) {
      warn(`${name}: no declaration with an inspection outcome (Fraud column) was read`);
      return { exitCode: 1 };
    }
  }
  const result = evaluateRisk({ train: train.inputs, test: test.inputs, params: options.params });
  write(options.json ? JSON.stringify(result, null, 2) : formatRiskEvaluation(result));
  return { exitCode: 0, result };
}
