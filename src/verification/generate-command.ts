import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateCargoReports } from './generate-cargo-reports.js';
import { generatePartnerData, type GeneratorOverrides } from './generate-partner-data.js';
import { generateTransitMovements } from './generate-transit-movements.js';
import { listFiles, loadDeclarations } from './load-declarations.js';
import { writeCsvManifest } from './write-csv-manifest.js';

export interface GenerateOptions {
  /** Our declarations to derive from (files or folders). */
  declarations: string[];
  /** Folder to write into (created). */
  out: string;
  /** At most this many of our declarations (default all). */
  limit?: number;
  generator?: GeneratorOverrides;
}

export interface GenerateResult {
  text: string;
  files: Record<'imports' | 'partnerExports' | 'cargoReports' | 'transitMovements' | 'truth', string>;
  exitCode: 0 | 2;
}

/** Maps and sets of a ground truth as plain JSON. */
const plain = (value: unknown): unknown =>
  value instanceof Map
    ? Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]))
    : value instanceof Set
      ? [...value]
      : value;

/**
 * `tamga verify generate`: test data with known distortions, derived from our declarations. Writes
 * `imports.json` (our enriched imports, to ingest; cargo the manifests report as undeclared left out),
 * `partner-exports.json` (the partner's export declarations), `cargo-reports.csv` (manifests),
 * `transit-movements.json` and `truth.json` (what was injected, for scoring).
 */
export async function generateVerificationData(options: GenerateOptions): Promise<GenerateResult> {
  const loaded = await loadDeclarations(await listFiles(options.declarations), options.limit);
  const partner = generatePartnerData(loaded.declarations, options.generator);
  const seed = partner.options.seed;
  const cargo = generateCargoReports(partner.imports, { seed, undeclared: partner.options.rates.undeclaredCargo });
  const transit = generateTransitMovements(cargo.declared, { seed });
  await mkdir(options.out, { recursive: true });
  const files = {
    imports: join(options.out, 'imports.json'),
    partnerExports: join(options.out, 'partner-exports.json'),
    cargoReports: join(options.out, 'cargo-reports.csv'),
    transitMovements: join(options.out, 'transit-movements.json'),
    truth: join(options.out, 'truth.json'),
  };
  await writeFile(files.imports, JSON.stringify(cargo.declared));
  await writeFile(files.partnerExports, JSON.stringify(partner.partnerExports));
  await writeFile(files.cargoReports, writeCsvManifest(cargo.reports));
  await writeFile(files.transitMovements, JSON.stringify(transit.movements));
  await writeFile(
    files.truth,
    JSON.stringify(
      {
        seed,
        partner: plain(partner.truth),
        cargo: plain(cargo.truth),
        transit: { now: transit.now, distortions: plain(transit.truth) },
      },
      (_key, value: unknown) => plain(value),
      1,
    ),
  );
  const text = [
    `From ${loaded.declarations.length.toLocaleString('en-US')} declarations (seed ${seed}), wrote to ${options.out}:`,
    `  imports.json             ${cargo.declared.length.toLocaleString('en-US')} imports (ingest them: tamga ingest ${files.imports})`,
    `  partner-exports.json     ${partner.partnerExports.length.toLocaleString('en-US')} partner export declarations`,
    `  cargo-reports.csv        ${cargo.reports.length.toLocaleString('en-US')} cargo reports, ${cargo.truth.consignments.size.toLocaleString('en-US')} consignments (${cargo.truth.undeclared.size} undeclared)`,
    `  transit-movements.json   ${transit.movements.length.toLocaleString('en-US')} movements (${transit.truth.size} distorted; check them as of ${transit.now})`,
    `  truth.json               what was injected`,
    ...loaded.problems.slice(0, 5).map((problem) => `  problem: ${problem.message}`),
  ];
  return { text: text.join('\n'), files, exitCode: loaded.problems.length > 0 ? 2 : 0 };
}
