import { createTamgaServices } from '../src/app/create-tamga-services.js';
import { readSampleRows, sampleCsvStream } from './ingest-input.js';

/**
 * One full-pipeline run (decode, validate, store) in this process; prints one JSON line.
 * Run as a child of bench/ingest.ts so that each run's peak memory is its own.
 * Usage: tsx bench/ingest-run.ts <store-url> <copies>
 */
const [url = 'sqlite::memory:', copiesText = '1'] = process.argv.slice(2);
const copies = Number(copiesText);
const sample = readSampleRows();
const services = await createTamgaServices({ db: url });
let stored = 0;
const started = performance.now();
await services.ingestStream(sampleCsvStream(sample, copies), {
  source: 'bench',
  onBatch: ({ results }) => {
    stored += results.length;
  },
});
const seconds = (performance.now() - started) / 1000;
await services.close();
const maxRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ url, copies, declarations: stored, seconds, perSecond: stored / seconds, maxRssMb }));
