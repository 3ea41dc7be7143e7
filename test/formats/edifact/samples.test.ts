import { describe, expect, it } from 'vitest';
import type { DecodeProblem } from '../../../src/formats/decode-event.js';
import {
  createCargoReportDecoder,
  createEdifactDecoder,
  validateEdifactSync,
  type DecodedCargoReport,
  type EdifactDecodedDeclaration,
} from '../../../src/formats/edifact/index.js';
import { decodeAll, fixture } from './support/edifact-fixtures.js';

const problems = (events: { kind: string }[]) => events.filter((e): e is DecodeProblem => e.kind === 'problem');
const codesOf = (findings: { code: string }[]) => findings.map((f) => f.code);

describe('sample CUSDEC D96B (NCTS CD001A transit declaration)', () => {
  const bytes = fixture('messages/CUSDEC_D96B_NCTS_CD001A_transit_declaration.edi');

  it('validates with warnings only (codes of the CD001A guide, no message function)', () => {
    const report = validateEdifactSync(bytes);
    expect(report.errors).toBe(0);
    const [message] = report.interchanges[0]!.messages;
    expect(message).toMatchObject({
      reference: '19',
      type: 'CUSDEC',
      associationCode: 'CD001A',
      structureKey: 'CUSDEC:D:96B',
      rejected: false,
    });
    expect(codesOf(message!.findings)).toEqual(['unknown-code', 'unknown-code', 'unknown-code']);
  });

  it('decodes into the canonical declaration', () => {
    const events = decodeAll(createEdifactDecoder(), bytes);
    expect(problems(events)).toEqual([]);
    const decoded = events[0] as EdifactDecodedDeclaration;
    expect(decoded).toMatchObject({ kind: 'declaration', format: 'edifact', position: 0 });
    expect(decoded.declaration).toMatchObject({
      functionCode: '9',
      typeCode: 'T2',
      functionalReferenceId: '00GB12131439290006',
      acceptanceDate: '2000-12-08',
      declarationOfficeId: 'FR000001',
      totalGrossMassKg: 380,
      goodsItemQuantity: 1,
      consignment: { exportCountryCode: 'FR', destinationCountryCode: 'DE' },
      transport: { departure: { id: 'LKW81', nationalityCode: 'FR' } },
      parties: {
        consignor: {
          name: 'BennstransGmbH',
          address: { line: 'Postfach', cityName: 'Empfingen', postcodeId: '72186', countryCode: 'DE' },
        },
        consignee: { name: 'TuneraS.A.R.L.', address: { countryCode: 'TN' } },
        declarant: { name: 'BennstransGmbH' },
      },
    });
    expect(decoded.declaration.goodsItems).toEqual([
      expect.objectContaining({
        sequence: 1,
        description: 'Elektromaterial',
        grossMassKg: 9338,
        netMassKg: 9000,
        packages: [{ quantity: 6, typeCode: 'CS', marks: '1-380' }],
        previousDocuments: [{ typeCode: 'T2', id: '144IC CV 7732/26 M' }],
        documents: [
          { typeCode: '380', id: '4758694' },
          { typeCode: '730', id: 'CH/A-32', lpcoExemptionCode: 'AA' },
        ],
      }),
    ]);
    const warnings = decoded.edifact.warnings.map((w) => w.message);
    expect(warnings).toContain(
      'segment 2 BGM, element 1225: no message function (1225): the declaration is read as an original (9)',
    );
    expect(Buffer.from(decoded.raw.body).toString('latin1')).toMatch(
      /^UNH\+19\+CUSDEC:D:96B:UN:CD001A'.*UNT\+35\+19'$/,
    );
    expect(decoded.edifact.sourceMap.find('goodsItems[0].grossMassKg')).toEqual({
      segment: 23,
      tag: 'MEA',
      elementId: 'C174/6314',
    });
  });
});

describe('sample CUSCAR D95B (MSC sea manifest, empty message type, UNT count 53 for 52)', () => {
  const bytes = fixture('messages/CUSCAR_D95B_MSC_sea_manifest.edi');

  it('reports the broken header, the UNOA violation and the count mismatch', () => {
    const report = validateEdifactSync(bytes);
    const interchange = report.interchanges[0]!;
    expect(interchange.findings.map((f) => f.message)).toEqual([
      "segment 1 UNB, element S004/0017: '20170119' is too long: 8 characters where at most 6 are allowed (n6)",
    ]);
    const [message] = interchange.messages;
    expect(message).toMatchObject({ type: '', inferredType: 'CUSCAR', rejected: true });
    const errors = message!.findings.filter((f) => f.severity === 'error').map((f) => f.message);
    expect(errors).toEqual([
      'segment 1 UNH, element S009/0065: mandatory S009/0065 (message type) is missing',
      "segment 6 LOC, data element 2, component 4: character 'l' is not allowed by the character set UNOA",
    ]);
    expect(message!.findings.find((f) => f.code === 'count-mismatch')?.message).toBe(
      'segment 52 UNT, element 0074: declares 53 segments (UNH to UNT) but 52 were received: part of it may be missing',
    );
  });

  it('is answered with its problems by default, and read as a cargo report in lenient mode', () => {
    expect(problems(decodeAll(createCargoReportDecoder(), bytes)).map((p) => p.element)).toEqual([
      'UNH S009/0065',
      'LOC',
      'UNB S004/0017',
    ]);
    const events = decodeAll(createCargoReportDecoder({ lenient: true }), bytes);
    const decoded = events.find((e): e is DecodedCargoReport => e.kind === 'cargo-report')!;
    const { report } = decoded;
    expect(report).toMatchObject({
      messageReference: '201701191AB652',
      documentNumber: '201701191AB652',
      documentTypeCode: '85',
      issueDate: '2017-01-19',
    });
    expect(report.transport[0]).toMatchObject({
      stageCode: '20',
      conveyanceReference: 'AB652A',
      modeCode: '1',
      meansId: 'D5LQ7',
      nationalityCode: 'EG',
      carrier: { id: 'MSC', name: 'MSC SENA' },
      arrivalDate: '2017-01-29T00:00',
      placeOfArrival: 'EGEDK',
    });
    expect(
      report.consignments.map((c) => [c.consolidationItemNumber, c.transportDocument, c.containerIds, c.grossMassKg]),
    ).toEqual([
      [1, { qualifier: 'AAA', kind: 'other', number: 'MSCUDB592345' }, ['FCIU5956299', 'TCLU5546482'], 16182],
      [1, { qualifier: 'BM', kind: 'bill-of-lading', number: 'MSCUDF421004' }, ['TGCU0235724'], 20602],
      [2, { qualifier: 'BM', kind: 'bill-of-lading', number: 'MSCUEK569969' }, ['FCIU2469131'], 14259.6],
    ]);
    const first = report.consignments[0]!;
    expect(first).toMatchObject({
      placeOfLoading: 'IEDUB',
      placeOfDischarge: 'EGEDK',
      consolidationDocumentNumber: 'MSCUXP080935',
    });
    expect(first.parties.map((p) => [p.role, p.name])).toEqual([
      ['CZ', 'LAKELAND DAIRIES,'],
      ['CN', 'FRONERI ICE CREAM EGYPT'],
      ['N1', 'FRONERI ICE CREAM EGYPT'],
    ]);
    // Lines cut at 70 sent characters (escapes included) join without a space.
    expect(first.goodsItems[0]!.description).toContain('TOTAL VGM WEIGHT: 42488.00KGS');
    expect(first.goodsItems[1]).toMatchObject({
      sequence: 2,
      packages: [{ count: 880, typeCode: 'BG' }],
      grossMassKg: 2000,
      volumeM3: 0,
    });
    expect(decoded.warnings.map((w) => w.code)).toContain('count-mismatch');
  });
});

describe('sample CUSCAR D99A (two messages)', () => {
  const bytes = fixture('messages/CUSCAR_D99A_two_messages.edi');

  it('decodes both messages as cargo reports', () => {
    const reports = decodeAll(createCargoReportDecoder(), bytes).filter(
      (e): e is DecodedCargoReport => e.kind === 'cargo-report',
    );
    expect(reports.map((r) => [r.position, r.report.messageReference, r.report.documentNumber])).toEqual([
      [0, '163477', 'MOL-EU2-HFA-012W-XXXX8896514-01'],
      [1, '163478', 'MOL-EU2-HFA-012W-XXXX5086746-01'],
    ]);
    const consignment = reports[0]!.report.consignments[0]!;
    expect(consignment).toMatchObject({
      consolidationItemNumber: 1,
      dispatchCountryCode: 'CN',
      placeOfDestination: 'XXXXX',
      grossMassKg: 10062.5,
    });
    expect(consignment.goodsItems[0]).toMatchObject({
      packages: [{ count: 4375, typeCode: 'CT' }],
      description: 'HOT AIR BRUSH ORDER  4500185467 MODEL  SC002E QTY  17500 PCS',
      texts: [{ qualifier: 'TRA', text: 'XXXX8896514' }],
    });
    expect(reports[0]!.report.references).toEqual([{ qualifier: 'ACE' }, { qualifier: 'ABE', value: '400190754417' }]);
  });

  it('is not taken for a declaration: the EDIFACT decoder gives two cargo-report messages', () => {
    const events = decodeAll(createEdifactDecoder(), bytes);
    expect(problems(events)).toEqual([]);
    expect(events.map((e) => (e.kind === 'message' ? [e.messageType, e.name, e.position, e.message] : e.kind))).toEqual(
      [
        ['cargo-report', 'CUSCAR', 0, expect.objectContaining({ messageReference: '163477' })],
        ['cargo-report', 'CUSCAR', 1, expect.objectContaining({ messageReference: '163478' })],
      ],
    );
  });
});

describe('sample IFCSUM D01B (truncated: UNT declares 787 segments, 27 present)', () => {
  it('flags the truncation and the lower-case letters that UNOA does not allow', () => {
    const [message] = validateEdifactSync(fixture('messages/IFCSUM_D01B_EAN003_consolidation_summary.edi'))
      .interchanges[0]!.messages;
    expect(message).toMatchObject({ type: 'IFCSUM', structureKey: 'IFCSUM:D:01B', rejected: true });
    expect(message!.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.segment])).toEqual([
      ['invalid-character', 21],
      ['invalid-character', 25],
    ]);
    expect(message!.findings.find((f) => f.code === 'count-mismatch')?.message).toBe(
      'segment 27 UNT, element 0074: declares 787 segments (UNH to UNT) but 27 were received: part of it may be missing',
    );
  });
});

describe('sample INVOIC D16B (EN 16931, UNOW, syntax 4)', () => {
  it('reads example 1 as UTF-8 with the syntax 4 separators, outside the bundled directory', () => {
    const report = validateEdifactSync(fixture('messages/INVOIC_D16B_EN16931_example1.edi'));
    const interchange = report.interchanges[0]!;
    expect(interchange).toMatchObject({ syntaxId: 'UNOW', syntaxVersion: 4, rejected: false });
    expect(codesOf(interchange.findings)).toEqual(['reference-mismatch']);
    const [message] = interchange.messages;
    expect(message).toMatchObject({ type: 'INVOIC', rejected: false });
    expect(codesOf(message!.findings)).toEqual(['unknown-message', 'trailing-separator']);
  });

  it('skips the PDF object of example 2 (UNO/UNP) and counts it in UNZ', () => {
    const interchange = validateEdifactSync(fixture('messages/INVOIC_D16B_EN16931_example2.edi')).interchanges[0]!;
    expect(interchange.packages).toBe(1);
    expect(interchange.findings.map((f) => f.message)).toEqual([
      'segment 143 UNZ, element 0036: declares 1 message but 2 were received',
      "segment 143 UNZ, element 0020: reference 'TOSL108' does not match the UNB control reference '87846595'",
    ]);
    expect(codesOf(interchange.messages[0]!.findings)).toContain('control-character');
  });
});

describe('sample PAXLST D03B (functional group, syntax 4)', () => {
  it('reads the group and reports the 6-digit dates syntax 4 does not allow', () => {
    const interchange = validateEdifactSync(fixture('messages/PAXLST_D03B_passenger_list.edi')).interchanges[0]!;
    expect(interchange.groups).toEqual([expect.objectContaining({ reference: '16', messageGroupId: 'PAXLST' })]);
    expect(interchange.findings.map((f) => [f.level, f.tag, f.elementId, f.code])).toEqual([
      ['interchange', 'UNB', 'S004/0017', 'too-short'],
      ['group', 'UNG', 'S004/0017', 'too-short'],
    ]);
    expect(interchange.messages[0]).toMatchObject({
      reference: 'PAXLST16',
      groupReference: '16',
      structureKey: 'PAXLST:D:03B',
      rejected: false,
    });
  });
});
