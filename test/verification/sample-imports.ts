import { join } from 'node:path';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { loadDeclarations } from '../../src/verification/load-declarations.js';

/** The bundled real sample declarations (Korea Customs Service synthetic set), decoded by the CSV decoder. */
export const SAMPLE_DIR = join(import.meta.dirname, '../../data-samples/customs-declarations');

let cached: Promise<Declaration[]> | undefined;

/** The 2021 Q1 validation file: 8,134 import declarations. */
export function sampleImports(): Promise<Declaration[]> {
  cached ??= loadDeclarations([join(SAMPLE_DIR, 'df_syn_valid_eng.csv')]).then((loaded) => {
    if (loaded.problems.length > 0) throw new Error(`sample did not decode: ${loaded.problems[0]!.message}`);
    return loaded.declarations;
  });
  return cached;
}
