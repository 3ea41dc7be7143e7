import { readFile } from 'node:fs/promises';
import type { CargoReport } from '../core/model/cargo-report.js';
import { createCargoReportDecoder } from '../formats/edifact/index.js';
import { readCsvManifest } from './csv-manifest.js';

export interface LoadedCargoReports {
  reports: CargoReport[];
  /** Plain-language problems with the file and place they concern; the other reports still load. */
  problems: string[];
}

/**
 * Cargo reports from files: UN/EDIFACT CUSCAR (read leniently: a manifest with a broken envelope
 * is still worth checking, and its problems are reported) or a CSV manifest.
 */
export async function loadCargoReports(files: readonly string[]): Promise<LoadedCargoReports> {
  const reports: CargoReport[] = [];
  const problems: string[] = [];
  for (const file of files) {
    const bytes = await readFile(file);
    const head = bytes.subarray(0, 3).toString('latin1');
    if (head === 'UNA' || head === 'UNB') {
      const decoder = createCargoReportDecoder({ lenient: true });
      for (const event of [...decoder.push(bytes), ...decoder.end()]) {
        if (event.kind === 'cargo-report') reports.push(event.report);
        else problems.push(`${file}: ${event.message}`);
      }
    } else {
      const read = readCsvManifest(bytes.toString('utf8'));
      reports.push(...read.reports);
      problems.push(...read.problems.map((p) => `${file}: ${p.message}`));
    }
  }
  return { reports, problems };
}
