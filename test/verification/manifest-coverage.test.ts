import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CargoReport } from '../../src/core/model/cargo-report.js';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { checkManifestCoverage } from '../../src/core/verification/manifest/check-manifest-coverage.js';
import { toTradeRecord } from '../../src/core/verification/trade-record.js';
import { createCargoReportDecoder } from '../../src/formats/edifact/index.js';
import { enrichImport } from '../../src/verification/enrich-imports.js';
import { generateCargoReports } from '../../src/verification/generate-cargo-reports.js';
import { sampleImports } from './sample-imports.js';

const MESSAGES = join(import.meta.dirname, '../fixtures/edifact/messages');

/** Cargo reports decoded by the EDIFACT decoder; lenient, since the MSC sample has a broken UNH. */
function cargoReports(file: string): CargoReport[] {
  const decoder = createCargoReportDecoder({ lenient: true });
  const events = [...decoder.push(readFileSync(join(MESSAGES, file))), ...decoder.end()];
  return events.flatMap((event) => (event.kind === 'cargo-report' ? [event.report] : []));
}

function egyptImport(input: {
  id: string;
  importer: string;
  date: string;
  grossKg: number;
  packages: number;
  bl?: string;
  container?: string;
}): Declaration {
  return {
    functionCode: '9',
    typeCode: 'IM',
    functionalReferenceId: input.id,
    issueDate: input.date,
    totalGrossMassKg: input.grossKg,
    totalPackageQuantity: input.packages,
    parties: { importer: { name: input.importer } },
    transport: { border: { modeCode: '1' } },
    consignment: input.container ? { containers: [{ sequence: 1, id: input.container }] } : {},
    ...(input.bl ? { previousDocuments: [{ categoryCode: 'Z', typeCode: 'N705', id: input.bl }] } : {}),
    goodsItems: [{ sequence: 1, classifications: [{ id: '040210' }], grossMassKg: input.grossKg }],
  };
}

describe('manifest coverage on the real CUSCAR samples', () => {
  const msc = cargoReports('CUSCAR_D95B_MSC_sea_manifest.edi');
  const records = (declarations: Declaration[]) => declarations.map((d) => toTradeRecord(d));

  it('decodes the MSC manifest into three consignments arriving on 2017-01-29', () => {
    expect(msc).toHaveLength(1);
    expect(msc[0]!.consignments.map((c) => c.transportDocument.number)).toEqual([
      'MSCUDB592345',
      'MSCUDF421004',
      'MSCUEK569969',
    ]);
  });

  it('covers by bill of lading, by consignee, by container, and reports the differences', () => {
    const declarations = records([
      egyptImport({
        id: 'EG-1',
        importer: 'Froneri Ice Cream Egypt',
        date: '2017-01-30',
        grossKg: 16182,
        packages: 1440,
        bl: 'MSCU DB592345',
      }),
      egyptImport({
        id: 'EG-2',
        importer: 'MONDELEZ EGYPT FOODS S.A.E.',
        date: '2017-02-02',
        grossKg: 20602,
        packages: 20,
      }),
      egyptImport({
        id: 'EG-3',
        importer: 'El Iman Company',
        date: '2017-01-31',
        grossKg: 12000,
        packages: 690,
        container: 'FCIU2469131',
      }),
      egyptImport({
        id: 'EG-4',
        importer: 'Nile Traders',
        date: '2017-01-29',
        grossKg: 500,
        packages: 5,
        bl: 'MSCUZZ000001',
      }),
    ]);
    const report = checkManifestCoverage(msc, declarations, { now: '2017-03-15' });
    expect(report.lines.map((l) => [l.line.consignment, l.basis, l.declarationIds])).toEqual([
      ['MSCUDB592345', 'reference', ['EG-1']],
      ['MSCUDF421004', 'fuzzy', ['EG-2']],
      ['MSCUEK569969', 'container', ['EG-3']],
    ]);
    expect(report.findings.map((f) => [f.code, f.declarationIds])).toEqual([
      ['manifest-mass-difference', ['EG-3']],
      ['manifest-package-difference', ['EG-3']],
      ['declaration-without-cargo', ['EG-4']],
    ]);
    const mass = report.findings[0]!;
    expect(mass.message).toBe(
      'The carrier reported 14259.6 kg gross for MSCUEK569969; the declaration covering it give 12000 kg.',
    );
    expect(mass.pointer?.wcoId).toBe('131');
    expect(mass.measure?.gap).toBeCloseTo((14259.6 - 12000) / 14259.6, 6);
  });

  it('reports undeclared cargo once the coverage period is over, and not before', () => {
    const d99a = cargoReports('CUSCAR_D99A_two_messages.edi');
    expect(d99a).toHaveLength(2);
    // The D99A messages file the bill of lading only as transport information (FTX TRA).
    const declarations = records([
      egyptImport({
        id: 'HK-1',
        importer: 'x',
        date: '2010-05-03',
        grossKg: 10062.5,
        packages: 4375,
        bl: 'XXXX8896514',
      }),
    ]);
    const early = checkManifestCoverage(d99a, declarations, { now: '2010-05-10' });
    expect(early.counts).toMatchObject({ reference: 1, pending: 1 });
    expect(early.findings).toEqual([]);
    const late = checkManifestCoverage(d99a, declarations, { now: '2010-06-15', coverageDays: 30 });
    expect(late.findings.map((f) => [f.code, f.subject])).toEqual([
      [
        'undeclared-cargo',
        { kind: 'cargo-consignment', reportId: 'MOL-EU2-HFA-012W-XXXX5086746-01', consignment: '#1' },
      ],
    ]);
    expect(late.findings[0]!.message).toContain('19950 kg');
  });
});

describe('manifest coverage on cargo reports generated from the sample declarations', () => {
  it('finds the undeclared cargo and the injected mass and package discrepancies', async () => {
    const imports = (await sampleImports()).slice(0, 4000).map((d) => enrichImport(d, 3));
    const cargo = generateCargoReports(imports, { seed: 11 });
    const records = cargo.declared.map((d) => toTradeRecord(d));
    const report = checkManifestCoverage(cargo.reports, records);
    const undeclared = new Set(
      report.findings
        .filter((f) => f.code === 'undeclared-cargo')
        .map((f) => (f.subject.kind === 'cargo-consignment' ? f.subject.consignment : '')),
    );
    const detected = [...cargo.truth.undeclared].filter((number) => undeclared.has(number)).length;
    expect(cargo.truth.undeclared.size).toBeGreaterThan(20);
    expect(detected / cargo.truth.undeclared.size).toBeGreaterThanOrEqual(0.9);
    const massFlagged = new Set(
      report.findings
        .filter((f) => f.code === 'manifest-mass-difference')
        .map((f) => String(f.evidence.transportDocument)),
    );
    // Consignments filed without their document number are matched by consignee, and a large
    // mass gap rightly weakens that match: they are scored apart below. Light consignments stay
    // within the 10 kg absolute tolerance whatever the relative gap.
    const lineMass = new Map(report.lines.map((l) => [l.line.consignment, l.line.grossMassKg]));
    const declaredWithDocument = (n: string) =>
      !cargo.truth.undeclared.has(n) && !cargo.truth.withoutDocument.has(n) && (lineMass.get(n) ?? 0) > 200;
    const massInjected = [...cargo.truth.massDiscrepancy].filter(declaredWithDocument).length;
    const massHits = [...cargo.truth.massDiscrepancy].filter(
      (n) => declaredWithDocument(n) && massFlagged.has(n),
    ).length;
    expect(massHits / massInjected).toBeGreaterThanOrEqual(0.9);
    // Clean consignments raise no alarm: every mass finding on a filed document is an injected one.
    expect([...massFlagged].filter((n) => !n.startsWith('#')).every((n) => cargo.truth.massDiscrepancy.has(n))).toBe(
      true,
    );
    expect(report.counts.reference + report.counts.container).toBeGreaterThan(report.counts.fuzzy);
    // Most consignments filed without a document number are still covered, by consignee.
    const withoutDocument = [...cargo.truth.withoutDocument].filter((n) => !cargo.truth.undeclared.has(n)).length;
    const coveredWithoutDocument = report.lines.filter(
      (l) => l.line.consignment.startsWith('#') && l.basis !== 'none',
    ).length;
    expect(coveredWithoutDocument / withoutDocument).toBeGreaterThanOrEqual(0.9);
    expect(coveredWithoutDocument / withoutDocument).toBeLessThanOrEqual(1);
    const packageFlagged = new Set(
      report.findings
        .filter((f) => f.code === 'manifest-package-difference')
        .map((f) => String(f.evidence.transportDocument)),
    );
    const packageInjected = [...cargo.truth.packageDiscrepancy].filter(declaredWithDocument);
    expect(packageInjected.filter((n) => packageFlagged.has(n)).length / packageInjected.length).toBeGreaterThanOrEqual(
      0.9,
    );
  });
});
