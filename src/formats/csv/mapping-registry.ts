import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvMapping, type CsvMapping } from './csv-mapping.js';
import { looseKey } from './csv-layout.js';

/** The repository's `mappings/` folder (same relative place from `src/` and from `dist/`). */
export const BUNDLED_MAPPINGS_DIR = fileURLToPath(new URL('../../../mappings/', import.meta.url));

export interface LoadedMappings {
  mappings: CsvMapping[];
  /** Files that are not valid mappings, with why. */
  errors: string[];
}

/** Reads every `*.json` mapping file in a folder. */
export function loadCsvMappings(dir: string): LoadedMappings {
  const mappings: CsvMapping[] = [];
  const errors: string[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      errors.push(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const result = parseCsvMapping(parsed);
    if (result.ok) mappings.push(result.mapping);
    else errors.push(...result.errors.map((error) => `${file}: ${error}`));
  }
  return { mappings, errors };
}

let bundled: CsvMapping[] | undefined;

/** The bundled mappings, read once. */
export function bundledCsvMappings(): CsvMapping[] {
  if (bundled === undefined) {
    const loaded = loadCsvMappings(BUNDLED_MAPPINGS_DIR);
    if (loaded.errors.length > 0) throw new Error(`bundled CSV mappings are invalid: ${loaded.errors.join('; ')}`);
    bundled = loaded.mappings;
  }
  return bundled;
}

export type MappingChoice =
  | { kind: 'found'; mapping: CsvMapping }
  | { kind: 'incomplete'; mapping: CsvMapping; missing: string[] }
  | { kind: 'none' };

/**
 * The mapping whose identifying headers are all in the header (the most specific wins);
 * failing that, the one that matches at least half, to say which columns are missing.
 */
export function chooseMapping(mappings: readonly CsvMapping[], header: readonly string[]): MappingChoice {
  const present = new Set(header.map(looseKey));
  let best: { mapping: CsvMapping; missing: string[]; score: number } | undefined;
  for (const mapping of mappings) {
    const missing = mapping.identifyingHeaders.filter((name) => !present.has(looseKey(name)));
    const score = (mapping.identifyingHeaders.length - missing.length) / mapping.identifyingHeaders.length;
    const better =
      best === undefined ||
      score > best.score ||
      (score === best.score && mapping.identifyingHeaders.length > best.mapping.identifyingHeaders.length);
    if (better) best = { mapping, missing, score };
  }
  if (best === undefined || best.score < 0.5) return { kind: 'none' };
  return best.missing.length === 0 ? { kind: 'found', mapping: best.mapping } : { kind: 'incomplete', ...best };
}
