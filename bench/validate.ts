/**
 * Validation throughput on the real sample data: `npx tsx bench/validate.ts [rounds]`.
 * Decodes data-samples/customs-declarations with the CSV decoder, then times validateDeclaration
 * alone (no I/O), cold history and warm, and prints declarations per second on one core.
 */
import { readFileSync } from 'node:fs';
import type { Declaration } from '../src/core/model/declaration-schema.js';
import { UnitValueHistory } from '../src/core/validation/unit-value-history.js';
import { validateDeclaration } from '../src/core/validation/validate-declaration.js';
import { createCsvDecoder } from '../src/formats/csv/csv-decoder.js';
import { loadReferenceData } from '../src/reference-data/load-reference-data.js';

const FILES = ['df_syn_train_eng.csv', 'df_syn_valid_eng.csv'];
const rounds = Number(process.argv[2] ?? 5);

function decode(file: string): Declaration[] {
  const bytes = readFileSync(new URL(`../data-samples/customs-declarations/${file}`, import.meta.url));
  const decoder = createCsvDecoder();
  const declarations: Declaration[] = [];
  for (const events of [decoder.push(bytes), decoder.end()])
    for (const event of events) if (event.kind === 'declaration') declarations.push(event.declaration);
  return declarations;
}

const loadStarted = performance.now();
const reference = loadReferenceData();
const loadMs = performance.now() - loadStarted;
const declarations = FILES.flatMap(decode);
const now = new Date().toISOString();

/** One pass: validate each declaration, learn the accepted ones (as ingestion does). */
function pass(
  unitValues: UnitValueHistory,
  learn: boolean,
): { ms: number; cpuMs: number; findings: number; rejected: number } {
  let findings = 0;
  let rejected = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (const declaration of declarations) {
    const result = validateDeclaration(declaration, { reference, unitValues, now });
    findings += result.findings.length;
    const error = result.findings.some((finding) => finding.severity === 'error');
    if (error) rejected++;
    else if (learn) unitValues.addDeclaration(declaration);
  }
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, findings, rejected };
}

const rate = (ms: number) => Math.round((declarations.length / ms) * 1000);
console.log(`reference data loaded in ${loadMs.toFixed(0)} ms; ${declarations.length} declarations decoded`);
const history = new UnitValueHistory();
const first = pass(history, true);
console.log(
  `learning pass (validate + learn unit values): ${rate(first.ms).toLocaleString('en')} declarations/s, ` +
    `${first.findings} findings, ${first.rejected} rejected`,
);
const timings: { ms: number; cpuMs: number }[] = [];
for (let round = 0; round < rounds; round++) timings.push(pass(history, false));
const best = Math.min(...timings.map((timing) => timing.ms));
const bestCpu = Math.min(...timings.map((timing) => timing.cpuMs));
const each = (ms: number) => `${((ms * 1000) / declarations.length).toFixed(2)} µs each`;
// On a shared machine wall time includes waiting for a core; CPU time is what validation costs.
console.log(
  `validate only, warm history, best of ${rounds}: ${rate(best).toLocaleString('en')} declarations/s wall ` +
    `(${each(best)}), ${rate(bestCpu).toLocaleString('en')} declarations/s of CPU time (${each(bestCpu)})`,
);
