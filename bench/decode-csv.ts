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

function best(run: () => unknown): number {
  let fastest = Infinity;
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const { declarations, problems } = decode();
const floorMs = best(floor);
const decodeMs = best(decode);
const rate = (ms: number) => Math.round((declarations / ms) * 1000).toLocaleString('en');
console.log(`rows: ${declarations.toLocaleString('en')} declarations, ${problems} problems (best of ${rounds})`);
console.log(`floor (decode text + split lines and fields): ${floorMs.toFixed(0)} ms, ${rate(floorMs)} rows/s`);
console.log(`decode (streamed, mapped, schema-checked):    ${decodeMs.toFixed(0)} ms, ${rate(decodeMs)} rows/s`);
console.log(`ratio decode / floor: ${(decodeMs / floorMs).toFixed(1)}x`);
