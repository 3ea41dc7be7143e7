/**
 * Writes the published JSON Schemas from their TypeBox sources:
 *   schema/declaration.schema.json  (the canonical declaration)
 *   schema/csv-mapping.schema.json  (CSV column-mapping files, see docs/csv-mapping.md)
 * Run: npx tsx scripts/generate-json-schema.ts   (a test fails when the committed files are stale)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderSchemas } from './render-json-schemas.js';

const root = fileURLToPath(new URL('../', import.meta.url));
for (const { file, text } of await renderSchemas()) {
  writeFileSync(`${root}${file}`, text);
  console.log(`wrote ${file}`);
}
