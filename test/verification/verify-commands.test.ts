import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import { readCsvManifest } from '../../src/verification/csv-manifest.js';
import { evaluateVerification } from '../../src/verification/evaluate-command.js';
import {
  verifyManifests,
  verifyMirror,
  verifyPartners,
  verifyTransit,
} from '../../src/verification/verify-commands.js';
import { verifyPartnersHandler, verifyTransitHandler } from '../../src/verification/verify-handlers.js';
import { declaredMovement, releasedMovement } from './ncts-movements.js';
import { SAMPLE_DIR } from './sample-imports.js';

const dir = mkdtempSync(join(tmpdir(), 'tamga-verify-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURES = join(import.meta.dirname, '../fixtures');

const acme: Declaration = {
  functionCode: '9',
  typeCode: 'IM',
  functionalReferenceId: 'IM-ACME-1',
  issueDate: '2024-04-15',
  totalGrossMassKg: 1040,
  totalPackageQuantity: 10,
  parties: { importer: { name: 'ACME TRADING COMPANY LIMITED' }, seller: { name: 'Shenzhen Bright Lamps' } },
  transport: { border: { modeCode: '1' } },
  consignment: { exportCountryCode: 'CN', containers: [{ sequence: 1, id: 'MSCU1234565' }] },
  previousDocuments: [{ categoryCode: 'Z', typeCode: 'N705', id: 'MSCU1234567890' }],
  goodsItems: [
    {
      sequence: 1,
      classifications: [{ id: '940540' }],
      netMassKg: 1000,
      grossMassKg: 1040,
      customsValue: 5300,
      currencyCode: 'EUR',
    },
  ],
};
const acmeExport: Declaration = {
  functionCode: '9',
  typeCode: 'EX',
  functionalReferenceId: 'CN-EX-1',
  issueDate: '2024-03-28',
  parties: { consignee: { name: 'Acme Trading Co Ltd' }, exporter: { name: 'SHENZHEN BRIGHT LAMPS CO' } },
  transport: {},
  consignment: { exportCountryCode: 'CN' },
  goodsItems: [
    {
      sequence: 1,
      classifications: [{ id: '940540' }],
      netMassKg: 1002,
      statisticalValue: 10_000,
      currencyCode: 'USD',
    },
  ],
};
const write = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};

describe('tamga verify commands', () => {
  it('manifests: reads a CSV manifest, reports its broken row and the undeclared cargo', async () => {
    const result = await verifyManifests({
      manifests: [join(FIXTURES, 'verification/manifests/port-manifest.csv')],
      declarations: [write('imports.json', [acme])],
      now: '2024-06-01',
    });
    expect(result.text).toContain('2 consignments on 1 cargo reports: 1 covered by transport document');
    expect(result.text).toContain("line 4, column gross_mass_kg: 'abc' is not a number");
    expect(result.findings.map((f) => f.code)).toEqual(['undeclared-cargo']);
    expect(result.exitCode).toBe(1);
  });

  it('manifests: reads the CUSCAR sample', async () => {
    const result = await verifyManifests({
      manifests: [join(FIXTURES, 'edifact/messages/CUSCAR_D95B_MSC_sea_manifest.edi')],
      declarations: [write('none.json', [])],
      now: '2017-06-01',
    });
    expect(result.findings.filter((f) => f.code === 'undeclared-cargo')).toHaveLength(3);
    expect(result.text).toContain('problem:');
  });

  it('partners and mirror: converts currencies and reports the value gap', async () => {
    const options = {
      imports: [write('ours.json', [acme])],
      partnerExports: [write('theirs.json', [acmeExport])],
      exchangeRates: { USD: 0.9 },
    };
    const partners = await verifyPartners(options);
    expect(partners.data.matches).toHaveLength(1);
    expect(partners.findings.map((f) => f.code)).toEqual(['partner-value-gap']);
    expect(partners.text).toContain('Matched 1 of 1 partner exports');
    const mirror = await verifyMirror(options);
    expect(mirror.data.pairs[0]).toMatchObject({
      hs6: '940540',
      partnerCountry: 'CN',
      importsCif: 5300,
      exportsFob: 9000,
    });
    expect(mirror.text).toContain('940540 CN');
  });

  it('transit: reads movements as JSON and says when the file is not', async () => {
    const result = await verifyTransit({
      movements: write('movements.json', [releasedMovement(), declaredMovement()]),
      now: '2024-01-01',
    });
    expect(result.text).toContain('2 transit movements (1 declared, 1 released) checked as of 2024-01-01.');
    expect(result.exitCode).toBe(0);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '[{"mrn": ');
    expect((await verifyTransit({ movements: broken, now: '2024-01-01' })).exitCode).toBe(2);
  });

  it('evaluate: prints the figures against the targets on the validation sample', async () => {
    const result = await evaluateVerification({
      declarations: [join(SAMPLE_DIR, 'df_syn_valid_eng.csv')],
      generator: { seed: 77 },
    });
    expect(result.text).toMatch(/matching precision\s+\d+\.\d % \(target met\)/);
    expect(result.text).toMatch(/matching recall\s+\d+\.\d % \(target met\)/);
    expect(result.exitCode).toBe(0);
  });
});

describe('verification API handlers', () => {
  it('answers 400 with a message for a malformed body', () => {
    expect(verifyPartnersHandler({ imports: 'x', partnerExports: [] })).toEqual({
      status: 400,
      body: { error: 'bad-request', message: 'imports must be an array of canonical declarations' },
    });
    expect(verifyTransitHandler({ movements: [], now: 'yesterday' }).status).toBe(400);
  });

  it('matches and reports in one call', () => {
    const reply = verifyPartnersHandler({ imports: [acme], partnerExports: [acmeExport], exchangeRates: { USD: 0.9 } });
    expect(reply.status).toBe(200);
    expect((reply.body as { findings: { code: string }[] }).findings[0]!.code).toBe('partner-value-gap');
  });

  it('reads a CSV manifest with quoted names', () => {
    const read = readCsvManifest(
      'report,arrival_date,transport_document,containers,consignee_name,consignee_id,hs_codes,gross_mass_kg,packages,dispatch_country\nM1,2024-01-02,BL1,,"Smith, ""Jr"" Ltd",,,10,1,GB\n',
    );
    expect(read.reports[0]!.consignments[0]!.parties[0]!.name).toBe('Smith, "Jr" Ltd');
    expect(readCsvManifest('report,arrival_date\n').problems[0]!.message).toContain(
      'lacks the column(s) transport_document',
    );
  });
});
