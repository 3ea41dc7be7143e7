/**
 * CSV decoding speed on the bundled Korean data files (45,519 rows), against a floor measured in
 * the same run: the same bytes decoded to text and split into lines and fields, nothing else.
 * Run: npx tsx bench/decode-csv.ts [rounds]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createCsvDecoder } from '../src/formats/csv/csv-decoder.js';

const dir = fileURLToPath(new URL('../data-samples/customs-declarations/', import.meta.url));
const files = ['df_syn_train_eng.csv', 'df_syn_valid_eng.csv'].map((name) => new Uint8Array(readFileSync(dir + name)));
const rounds = Number(process.argv[2] ?? 5);
const CHUNK = 64 * 1024;

function floor(): number {
  let fields = 0;
  for (const bytes of files) {
    for (const line of new TextDecoder().decode(bytes).split('\n')) fields += line.split(',').length;
  }
  return fields;
}

function decode(): { declarations: number; problems: number } {
  let declarations = 0;
  let problems = 0;
  for (const bytes of files) {
    const decoder = createCsvDecoder();
    const count = (events: Iterable<{ kind: string }>) => {
      for (const event of events)
        if (event.kind === 'declaration') declarations++;
        else problems++;
    };
    for (let offset = 0; offset < bytes.length; offset += CHUNK)
      count(decoder.push(bytes.subarray(offset, offset + CHUNK)));
    count(decoder.end());
  }
  return { declarations, problems };
}

/** Best wall time and best CPU time (user + system) over the rounds, in ms: CPU time shows the work on a busy machine. */
function best(run: () => unknown): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    run();
    const used = process.cpuUsage(usage);
    wall = Math.min(wall, performance.now() - start);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/** Streams the training file `times` times over (one header) and returns the peak heap in MiB. */
function peakHeap(times: number): { rows: number; peakMiB: number } {
  const bytes = files[0]!;
  const body = bytes.subarray(bytes.indexOf(0x0a) + 1);
  const decoder = createCsvDecoder();
  let rows = 0;
  let peak = 0;
  const count = (events: Iterable<{ kind: string }>) => {
    for (const event of events) if (event.kind === 'declaration') rows++;
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  count(decoder.push(bytes.subarray(0, bytes.indexOf(0x0a) + 1)));
  for (let round = 0; round < times; round++) {
    for (let offset = 0; offset < body.length; offset += CHUNK)
      count(decoder.push(body.subarray(offset, offset + CHUNK)));
  }
  count(decoder.end());
  return { rows, peakMiB: peak / 1024 / 1024 };
}

const { declarations, problems } = decode();
const floorTime = best(floor);
const decodeTime = best(decode);
const rate = (ms: number) => Math.round((declarations / ms) * 1000).toLocaleString('en');
const line = (label: string, time: { wall: number; cpu: number }) =>
  `${label} ${time.wall.toFixed(0)} ms wall, ${rate(time.wall)} rows/s; ${time.cpu.toFixed(0)} ms CPU, ${rate(time.cpu)} rows/s`;
console.log(`rows: ${declarations.toLocaleString('en')} declarations, ${problems} problems (best of ${rounds})`);
console.log(line('floor (decode text, split lines and fields):', floorTime));
console.log(line('decode (streamed, mapped, schema-checked):  ', decodeTime));
console.log(
  `ratio decode / floor: ${(decodeTime.wall / floorTime.wall).toFixed(1)}x wall, ${(decodeTime.cpu / floorTime.cpu).toFixed(1)}x CPU`,
);

const once = peakHeap(1);
const tenTimes = peakHeap(10);
console.log(
  `memory: peak heap ${once.peakMiB.toFixed(0)} MiB for ${once.rows.toLocaleString('en')} rows, ${tenTimes.peakMiB.toFixed(0)} MiB for ${tenTimes.rows.toLocaleString('en')} rows (streamed)`,
);
