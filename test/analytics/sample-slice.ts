import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The bundled Korean sample declarations (data-samples/, MIT; see its README for provenance). */
const TRAIN = fileURLToPath(new URL('../../data-samples/customs-declarations/df_syn_train_eng.csv', import.meta.url));

export interface SampleSlice {
  csv: Uint8Array;
  rows: Record<string, string>[];
}

/** Every `step`-th row of the 2020 file, up to `count` rows: spread over the year, with the real header. */
export function sampleSlice(count: number, step = 37): SampleSlice {
  const lines = readFileSync(TRAIN, 'utf8').split('\n');
  const header = lines[0]!;
  const names = header.split(',');
  const picked: string[] = [];
  for (let index = 1; index < lines.length && picked.length < count; index += step) {
    if (lines[index]!.trim() !== '') picked.push(lines[index]!);
  }
  const rows = picked.map((line) => Object.fromEntries(line.split(',').map((value, i) => [names[i]!, value])));
  return { csv: new TextEncoder().encode([header, ...picked].join('\n') + '\n'), rows };
}
