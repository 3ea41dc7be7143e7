/**
 * UN/EDIFACT speed and memory on a generated ~100 MB interchange of CUSDEC and CUSCAR messages (built
 * from the test fixtures, every message with its own references), against a floor measured in the same
 * run: the same file read in 64 KiB chunks and split on the segment terminator, nothing else.
 * Stages: syntax (segments, envelopes, counts), validation (directory structure and elements), decoding
 * (CUSDEC → canonical declaration checked against its schema, CUSCAR → cargo report).
 * Run: npx tsx bench/formats-edifact.ts [megabytes=100]
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeclaration } from '../src/formats/declaration-check.js';
import { cuscarToCargoReport } from '../src/formats/edifact/mapping/cuscar/cuscar-to-cargo-report.js';
import { cusdecToDeclaration } from '../src/formats/edifact/mapping/cusdec/cusdec-to-declaration.js';
import type { EdifactMessage } from '../src/formats/edifact/syntax/edifact-message.js';
import { EdifactStreamParser } from '../src/formats/edifact/syntax/edifact-stream-parser.js';
import { validateInterchange } from '../src/formats/edifact/validation/interchange-validator.js';
import { validateMessage } from '../src/formats/edifact/validation/message-validator.js';

const megabytes = Number(process.argv[2] ?? 100);
const CHUNK = 64 * 1024;
const fixtures = fileURLToPath(new URL('../test/fixtures/edifact/', import.meta.url));

/** The messages of a fixture (UNH to UNT) as text, one per line. */
const messagesOf = (file: string) =>
  (readFileSync(join(fixtures, file), 'latin1').match(/UNH\+[^]*?UNT\+[^']*'/g) ?? []).map((m) =>
    m.replace(/\r?\n/g, ''),
  );

const cusdec = messagesOf('valid/CUSDEC_D96B_import.edi')[0]!;
const cuscars = messagesOf('messages/CUSCAR_D99A_two_messages.edi');

/** Message n: four CUSDEC for each CUSCAR, references and amounts varied. */
function message(n: number): string {
  const reference = `M${n}`;
  if (n % 5 === 4) {
    const template = cuscars[n % cuscars.length]!;
    return template.replace(/UNH\+\d+/, `UNH+${reference}`).replace(/UNT\+(\d+)\+\d+/, `UNT+$1+${reference}`);
  }
  return cusdec
    .replace('UNH+M1', `UNH+${reference}`)
    .replace("UNT+33+M1'", `UNT+33+${reference}'`)
    .replace('LRN0001', `LRN${String(n).padStart(8, '0')}`)
    .replace('MOA+38:12500:EUR', `MOA+38:${(n % 97) * 131 + 0.5}:EUR`);
}

async function writeInterchange(bytes: number): Promise<{ path: string; messages: number }> {
  const path = join(tmpdir(), `tamga-bench-${process.pid}.edi`);
  const out = createWriteStream(path);
  const write = async (text: string) => {
    if (!out.write(text, 'latin1')) await once(out, 'drain');
  };
  await write("UNA:+.? 'UNB+UNOA:3+BENCH:ZZ+CUSTOMS:ZZ+240301:1200+BENCH1'\n");
  let written = 0;
  let messages = 0;
  while (written < bytes) {
    const text = `${message(messages++)}\n`;
    written += text.length;
    await write(text);
  }
  await write(`UNZ+${messages}+BENCH1'\n`);
  out.end();
  await once(out, 'finish');
  return { path, messages };
}

const chunks = (path: string) => createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>;

/** Floor: read and split on the segment terminator; `strings` also cuts each segment out as text. */
async function floor(path: string, strings: boolean): Promise<number> {
  let segments = 0;
  let carry = '';
  for await (const chunk of chunks(path)) {
    let from = 0;
    for (let t = chunk.indexOf(0x27); t >= 0; t = chunk.indexOf(0x27, from)) {
      if (strings) carry = chunk.toString('latin1', from, t);
      segments++;
      from = t + 1;
    }
  }
  return segments + (carry === '' ? 0 : 0);
}

type Stage = 'syntax' | 'validate' | 'decode';

interface Counts {
  messages: number;
  declarations: number;
  reports: number;
  errors: number;
  peakRss: number;
}

function handle(message: EdifactMessage, stage: Stage, counts: Counts): void {
  counts.messages++;
  if (stage === 'syntax') return;
  const validation = validateMessage(message);
  if (validation.rejected || !validation.tree) {
    counts.errors++;
    return;
  }
  if (stage === 'validate') return;
  if (validation.messageType === 'CUSDEC') {
    const { declaration } = cusdecToDeclaration(message, validation.tree);
    if (checkDeclaration(declaration).length === 0) counts.declarations++;
    else counts.errors++;
  } else if (validation.messageType === 'CUSCAR') {
    cuscarToCargoReport(message, validation.tree);
    counts.reports++;
  }
}

async function run(path: string, stage: Stage): Promise<Counts> {
  const counts: Counts = { messages: 0, declarations: 0, reports: 0, errors: 0, peakRss: process.memoryUsage().rss };
  const sampler = setInterval(() => (counts.peakRss = Math.max(counts.peakRss, process.memoryUsage().rss)), 25);
  const parser = new EdifactStreamParser();
  const take = (events: ReturnType<EdifactStreamParser['push']>) => {
    for (const event of events) {
      if (event.kind === 'message') handle(event.message, stage, counts);
      else if (event.kind === 'interchange' && stage !== 'syntax')
        counts.errors += validateInterchange(event.interchange).length;
    }
  };
  for await (const chunk of chunks(path)) take(parser.push(chunk));
  take(parser.end());
  clearInterval(sampler);
  counts.peakRss = Math.max(counts.peakRss, process.memoryUsage().rss);
  return counts;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/** Wall-clock and CPU seconds of a piece of work: CPU time stays meaningful on a machine others share. */
interface Timing {
  wall: number;
  cpu: number;
}

const timed = async <T>(work: () => Promise<T>): Promise<[T, Timing]> => {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await work();
  const used = process.cpuUsage(cpu);
  return [result, { wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 }];
};

const rate = (t: Timing) =>
  `${(fileMb / t.wall).toFixed(1).padStart(6)} MB/s wall, ${(fileMb / t.cpu).toFixed(1).padStart(6)} MB/s CPU`;

const { path, messages } = await writeInterchange(megabytes * 1024 * 1024);
const fileMb = mb(statSync(path).size);
const rssBefore = process.memoryUsage().rss;
await run(path, 'syntax'); // warm-up: JIT and the bundled directory
console.log(`UN/EDIFACT: ${fileMb.toFixed(1)} MB, ${messages} messages (4 CUSDEC : 1 CUSCAR)`);
for (const stage of ['syntax', 'validate', 'decode'] as const) {
  // The floor is measured right before each stage, so that both see the same machine load.
  const [segments, scan] = await timed(() => floor(path, false));
  const [, split] = await timed(() => floor(path, true));
  const [counts, spent] = await timed(() => run(path, stage));
  console.log(`  floor, read + split on the terminator (${segments} segments): ${rate(scan)}`);
  console.log(`  floor, read + split + each segment as text:            ${rate(split)}`);
  console.log(
    `  ${stage.padEnd(9)} ${rate(spent)}, ${(counts.messages / spent.cpu).toFixed(0)} messages per CPU second, ` +
      `${((split.cpu / spent.cpu) * 100).toFixed(0)}% of the text floor (CPU); ` +
      `${counts.declarations} declarations, ${counts.reports} cargo reports, ${counts.errors} errors; ` +
      `peak RSS ${mb(counts.peakRss).toFixed(0)} MB`,
  );
}
rmSync(path);
console.log(
  `RSS before ${mb(rssBefore).toFixed(0)} MB; process peak RSS (maxRSS) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
