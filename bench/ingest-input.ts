import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled sample: 45,519 declarations in two CSV files (header + rows). */
const SAMPLE_FILES = ['df_syn_train_eng.csv', 'df_syn_valid_eng.csv'].map((name) =>
  fileURLToPath(new URL(`../data-samples/customs-declarations/${name}`, import.meta.url)),
);

export interface SampleRows {
  header: string;
  rows: string[];
}

export function readSampleRows(): SampleRows {
  let header = '';
  const rows: string[] = [];
  for (const file of SAMPLE_FILES) {
    const lines = readFileSync(file, 'utf8').split(/\r?\n/);
    header = lines[0]!;
    for (const line of lines.slice(1)) if (line !== '') rows.push(line);
  }
  return { header, rows };
}

/**
 * The sample `copies` times as one CSV stream, each copy with new declaration ids (the
 * first column) so that nothing is a duplicate; generated chunk by chunk so that the
 * input itself takes no memory.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- the ingest stream takes an AsyncIterable
export async function* sampleCsvStream(sample: SampleRows, copies: number): AsyncGenerator<Uint8Array> {
  const encoder = new TextEncoder();
  yield encoder.encode(`${sample.header}\n`);
  for (let copy = 0; copy < copies; copy++) {
    let chunk = '';
    for (const row of sample.rows) {
      chunk += copy === 0 ? `${row}\n` : `${copy}${row}\n`;
      if (chunk.length > 1 << 20) {
        yield encoder.encode(chunk);
        chunk = '';
      }
    }
    if (chunk) yield encoder.encode(chunk);
  }
}
