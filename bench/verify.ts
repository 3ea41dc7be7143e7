/**
 * Customs-to-customs matching at scale: N of our import declarations against N partner export
 * records (default 1,000,000 each), generated from the bundled sample declarations (replicated
 * with new ids, so the HS, country and date skew of real data is kept) with the default seeded
 * distortions. Measured in the same run: a plain exact-key join on the UCR, the floor.
 * Run: node --expose-gc --import tsx bench/verify.ts [N]   (npm run bench:verify)
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matchPartnerExports } from '../src/core/verification/matching/match-partner-exports.js';
import { partnerFindings } from '../src/core/verification/matching/partner-findings.js';
import type { TradeRecord } from '../src/core/verification/trade-record.js';
import { generatedRecords } from '../src/verification/evaluate-partner-matching.js';
import { generatePartnerData } from '../src/verification/generate-partner-data.js';
import { loadDeclarations } from '../src/verification/load-declarations.js';
import { replicateImport } from '../src/verification/replicate-imports.js';

const size = Number(process.argv[2] ?? 1_000_000);
const dir = fileURLToPath(new URL('../data-samples/customs-declarations/', import.meta.url));
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

/** Runs `work`, returning wall and CPU time, heap growth and the peak RSS seen while it ran. */
async function measure<T>(
  work: () => T | Promise<T>,
): Promise<{ value: T; wallMs: number; cpuMs: number; heapMb: string; peakMb: string }> {
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  peakRss = process.memoryUsage().rss;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    value,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    heapMb: mb(process.memoryUsage().heapUsed - heapBefore),
    peakMb: mb(peakRss),
  };
}

const { declarations: samples } = await loadDeclarations([
  join(dir, 'df_syn_train_eng.csv'),
  join(dir, 'df_syn_valid_eng.csv'),
]);
console.log(`sample: ${samples.length} declarations; target ${size.toLocaleString('en')} a side`);

const generated = await measure(() => {
  const imports: TradeRecord[] = [];
  const exports: TradeRecord[] = [];
  let pairs = 0;
  for (let replica = 0; imports.length < size; replica++) {
    const chunk = samples.slice(0, size - imports.length).map((d) => replicateImport(d, replica));
    const data = generatePartnerData(chunk, { seed: 1000 + replica });
    const records = generatedRecords(data);
    imports.push(...records.imports);
    exports.push(...records.exports);
    pairs += data.truth.pairs.size;
  }
  return { imports, exports, pairs };
});
const { imports, exports } = generated.value;
console.log(
  `generated ${imports.length} imports, ${exports.length} partner exports in ${(generated.wallMs / 1000).toFixed(1)} s`,
);

const join_ = await measure(() => {
  const byUcr = new Map<string, number>();
  imports.forEach((record, i) => {
    if (record.ucr !== '') byUcr.set(record.ucr, i);
  });
  let found = 0;
  for (const record of exports) if (record.ucr !== '' && byUcr.has(record.ucr)) found++;
  return found;
});

const match = await measure(() => matchPartnerExports(imports, exports));
const findings = await measure(() => partnerFindings(match.value, { imports, exports }));
clearInterval(sampler);

const stats = match.value.stats;
const row = (name: string, m: { wallMs: number; cpuMs: number; heapMb: string; peakMb: string }, pairs: number) =>
  `${name.padEnd(34)} ${(m.wallMs / 1000).toFixed(2).padStart(8)} s ${(m.cpuMs / 1000).toFixed(2).padStart(8)} s cpu ${m.heapMb.padStart(9)} heap ${m.peakMb.padStart(9)} peak rss ${String(pairs).padStart(9)} pairs`;
console.log(row('exact-key join on UCR (floor)', join_, join_.value));
console.log(row('matchPartnerExports', match, match.value.matches.length));
console.log(row('partnerFindings', findings, findings.value.length));
console.log(
  `matching: ${stats.referenceMatches} by reference, ${stats.fuzzyMatches} fuzzy, ${stats.pairsScored.toLocaleString('en')} pairs scored ` +
    `(${(stats.pairsScored / (imports.length * exports.length)).toExponential(1)} of all); true pairs ${generated.value.pairs}; ` +
    `time ratio to the floor ${(match.wallMs / join_.wallMs).toFixed(1)}x`,
);
