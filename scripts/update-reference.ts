/**
 * Replaces bundled reference files with newer editions, after checking them.
 *
 *   npx tsx scripts/update-reference.ts <folder-with-new-files> [--dry-run]
 *
 * The folder holds any of the files of reference/ (hs/, country/, currency/, codes/), laid out
 * like reference/ or all in one folder. Every file found is checked first (columns, row count,
 * JSON syntax); only when all pass are they copied over. A summary lists the codes added and
 * removed per file. Record the new source commit in reference/README.md afterwards.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  loadReferenceTables,
  defaultReferenceRoot,
  readReferenceCsv,
} from '../src/reference-data/load-reference-data.js';
import {
  REFERENCE_CSV_FILES,
  REFERENCE_JSON_FILES,
  type ReferenceFileSpec,
} from '../src/reference-data/reference-files.js';

interface Candidate {
  target: string;
  source: string;
  summary: string;
}

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const folder = args.find((arg) => !arg.startsWith('--'));
if (!folder) {
  console.error('usage: npx tsx scripts/update-reference.ts <folder-with-new-files> [--dry-run]');
  process.exit(2);
}
const root = defaultReferenceRoot();

function locate(path: string): string | undefined {
  return [join(folder!, path), join(folder!, basename(path))].find((candidate) => existsSync(candidate));
}

function keys(rows: Record<string, string>[], spec: ReferenceFileSpec): Set<string> {
  return new Set(rows.map((row) => row[spec.key] ?? '').filter((key) => key !== ''));
}

function diff(before: Set<string>, after: Set<string>): string {
  const added = [...after].filter((key) => !before.has(key));
  const removed = [...before].filter((key) => !after.has(key));
  const sample = (list: string[]) =>
    list.length === 0 ? '' : ` (${list.slice(0, 8).join(' ')}${list.length > 8 ? ' ...' : ''})`;
  return `${after.size} codes, ${added.length} added${sample(added)}, ${removed.length} removed${sample(removed)}`;
}

const candidates: Candidate[] = [];
const problems: string[] = [];
for (const spec of Object.values(REFERENCE_CSV_FILES)) {
  const source = locate(spec.path);
  if (!source) continue;
  try {
    const incoming = readReferenceCsv(dirname(source), { ...spec, path: basename(source) });
    const current = readReferenceCsv(root, spec);
    candidates.push({
      target: spec.path,
      source,
      summary: `${incoming.length} rows; ${diff(keys(current, spec), keys(incoming, spec))}`,
    });
  } catch (error) {
    problems.push(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
for (const path of Object.values(REFERENCE_JSON_FILES)) {
  const source = locate(path);
  if (!source) continue;
  try {
    JSON.parse(readFileSync(source, 'utf8'));
    candidates.push({ target: path, source, summary: 'valid JSON' });
  } catch (error) {
    problems.push(`${source}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

for (const candidate of candidates) console.log(`${candidate.target}: ${candidate.summary}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`REFUSED ${problem}`);
  console.error('Nothing was copied.');
  process.exit(1);
}
if (candidates.length === 0) {
  console.error(
    `No reference file found in ${folder}. Expected names: ${[...Object.values(REFERENCE_CSV_FILES).map((spec) => spec.path), ...Object.values(REFERENCE_JSON_FILES)].join(', ')}`,
  );
  process.exit(1);
}
if (dryRun) {
  console.log('Dry run: nothing copied.');
  process.exit(0);
}
for (const candidate of candidates) copyFileSync(candidate.source, join(root, candidate.target));
loadReferenceTables(root);
console.log(
  `Copied ${candidates.length} file(s) into ${root} and loaded them. Update reference/README.md with the new source commit.`,
);
