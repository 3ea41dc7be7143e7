/**
 * XML decoding speed and memory on a large batch, against a floor measured in the same run: the
 * same file read in 64 KiB chunks, decoded to text and split into its documents at each closing
 * `</md:MetaData>`, nothing else. The batch is built from the 17 HMRC WCO DEC samples (and, for
 * the other families, NCTS CC029C and DMS notifications), repeated to the size asked.
 * Run: npx tsx bench/formats-xml.ts [megabytes=100]
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeStream } from '../src/formats/decode-stream.js';

const megabytes = Number(process.argv[2] ?? 100);
const fixtures = fileURLToPath(new URL('../test/fixtures/', import.meta.url));

interface Family {
  name: string;
  /** Documents repeated inside the batch wrapper, without their XML declaration. */
  documents: string[];
  /** Closing tag that ends one document, for the floor's split. */
  boundary: string;
}

const documentsIn = (dir: string, pick: (name: string) => boolean) =>
  readdirSync(join(fixtures, dir))
    .filter((name) => name.endsWith('.xml') && pick(name))
    .map((name) => readFileSync(join(fixtures, dir, name), 'utf8').replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, ''));

const families: Family[] = [
  { name: 'WCO DEC-DMS XML', documents: documentsIn('wco-xml', () => true), boundary: '</md:MetaData>' },
  {
    name: 'NCTS phase 5 (CC029C)',
    documents: documentsIn('eu-ncts5-ctc-xml', (n) => n.startsWith('cc029c')),
    boundary: '</ncts:CC029C>',
  },
  { name: 'WCO DMS notifications', documents: documentsIn('wco-notifications', () => true), boundary: '</MetaData>' },
];

async function writeBatch(family: Family, bytes: number): Promise<{ path: string; documents: number }> {
  const path = join(tmpdir(), `tamga-bench-${process.pid}-${family.boundary.replace(/\W/g, '')}.xml`);
  const out = createWriteStream(path);
  let written = 0;
  let documents = 0;
  const write = async (text: string) => {
    written += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('<?xml version="1.0" encoding="UTF-8"?>\n<Batch>\n');
  while (written < bytes) {
    await write(`${family.documents[documents % family.documents.length]!}\n`);
    documents++;
  }
  await write('</Batch>\n');
  out.end();
  await once(out, 'finish');
  return { path, documents };
}

async function floor(path: string, boundary: string): Promise<number> {
  const decoder = new TextDecoder();
  let carry = '';
  let units = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) {
    const text = carry + decoder.decode(chunk as Buffer, { stream: true });
    let at = text.indexOf(boundary);
    let from = 0;
    while (at >= 0) {
      units++;
      from = at + boundary.length;
      at = text.indexOf(boundary, from);
    }
    carry = text.slice(from);
  }
  return units;
}

async function decode(path: string): Promise<{ units: number; problems: number; peakRss: number }> {
  let units = 0;
  let problems = 0;
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  for await (const event of decodeStream(createReadStream(path, { highWaterMark: 64 * 1024 }))) {
    if (event.kind === 'problem') problems++;
    else units++;
  }
  clearInterval(sampler);
  return { units, problems, peakRss: Math.max(peakRss, process.memoryUsage().rss) };
}

const mb = (bytes: number) => bytes / 1024 / 1024;
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, (performance.now() - started) / 1000];
};

for (const [index, family] of families.entries()) {
  // The declaration batch is the measured one; the other families get a tenth of its size.
  const size = (index === 0 ? megabytes : Math.max(1, megabytes / 10)) * 1024 * 1024;
  const { path, documents } = await writeBatch(family, size);
  const fileMb = mb(statSync(path).size);
  const rssBefore = process.memoryUsage().rss;
  const [floorUnits, floorSeconds] = await timed(() => floor(path, family.boundary));
  const [decoded, decodeSeconds] = await timed(() => decode(path));
  rmSync(path);
  console.log(
    `${family.name}: ${fileMb.toFixed(1)} MB, ${documents} documents (floor split ${floorUnits})\n` +
      `  floor (read + UTF-8 + split): ${(fileMb / floorSeconds).toFixed(1)} MB/s\n` +
      `  decode:                       ${(fileMb / decodeSeconds).toFixed(1)} MB/s, ${(decoded.units / decodeSeconds).toFixed(0)} documents/s, ` +
      `${decoded.units} decoded, ${decoded.problems} problems (${((floorSeconds / decodeSeconds) * 100).toFixed(1)}% of the floor)\n` +
      `  RSS before ${mb(rssBefore).toFixed(0)} MB, peak while decoding ${mb(decoded.peakRss).toFixed(0)} MB`,
  );
}
console.log(`process peak RSS (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
