/**
 * Compiles the UNTDID XML (UN/EDIFACT directory: segments, composites, elements, code lists,
 * message structures) into the compact JSON bundled under src/formats/edifact/directory/.
 *
 *   npx tsx scripts/compile-edifact-directory.ts [sourceDir] [outDir]
 *
 * Defaults: test/fixtures/edifact-directory → src/formats/edifact/directory.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileDirectory } from '../src/formats/edifact/directory/compile/compile-directory.js';
import {
  readDirectorySources,
  toCompactJson,
} from '../src/formats/edifact/directory/compile/read-directory-sources.js';
import { DIRECTORY_FILES } from '../src/formats/edifact/directory/directory-files.js';

const sourceDir = resolve(process.argv[2] ?? 'test/fixtures/edifact-directory');
const outDir = resolve(process.argv[3] ?? 'src/formats/edifact/directory');

const compiled = compileDirectory(readDirectorySources(sourceDir));
for (const [part, file] of Object.entries(DIRECTORY_FILES)) {
  const text = toCompactJson(compiled[part as keyof typeof DIRECTORY_FILES]);
  writeFileSync(join(outDir, file), text);
  console.log(`${file}: ${(text.length / 1024).toFixed(1)} KiB`);
}
console.log(
  `${Object.keys(compiled.messages).length} message structures: ${Object.keys(compiled.messages).join(', ')}`,
);
