import { describe, expect, it } from 'vitest';
import { manifestLines } from '../../src/core/verification/manifest/manifest-line.js';
import { readCsvManifest } from '../../src/verification/csv-manifest.js';
import { generateCargoReports } from '../../src/verification/generate-cargo-reports.js';
import { generatePartnerData } from '../../src/verification/generate-partner-data.js';
import { writeCsvManifest } from '../../src/verification/write-csv-manifest.js';
import { sampleImports } from './sample-imports.js';

describe('writeCsvManifest', () => {
  it('writes generated cargo reports that readCsvManifest reads back line for line', async () => {
    const { imports } = generatePartnerData((await sampleImports()).slice(0, 400), { seed: 3 });
    const { reports } = generateCargoReports(imports, { seed: 3 });
    const read = readCsvManifest(writeCsvManifest(reports));
    expect(read.problems).toEqual([]);
    const key = (line: ReturnType<typeof manifestLines>[number]) => ({
      reportId: line.reportId,
      consignment: line.consignment,
      references: line.references,
      containers: line.containers,
      consigneeName: line.consigneeName,
      hs6: line.hs6,
      grossMassKg: line.grossMassKg,
      packages: line.packages,
      arrivalDay: line.arrivalDay,
      dispatchCountry: line.dispatchCountry,
    });
    expect(read.reports.flatMap(manifestLines).map(key)).toEqual(reports.flatMap(manifestLines).map(key));
  });

  it('quotes names with commas and quotes', () => {
    const [report] = readCsvManifest(
      'report,arrival_date,transport_document,containers,consignee_name,consignee_id,hs_codes,gross_mass_kg,packages,dispatch_country\nM1,2024-01-02,BL1,,"Smith, ""Jr"" Ltd",,,10,1,GB\n',
    ).reports;
    const again = readCsvManifest(writeCsvManifest([report!])).reports[0]!;
    expect(again.consignments[0]!.parties[0]!.name).toBe('Smith, "Jr" Ltd');
  });
});
