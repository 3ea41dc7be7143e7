import type { DeclarationRecord } from '../../core/model/record.js';

/**
 * A one-item import of frozen beef (HS 0202), shaped like a row of the Korean declaration
 * data set (office, declarant, importer, seller, origin, mass, price): under the default
 * agreements only the veterinary service receives it on `ingested`.
 */
export function benchRecord(index: number): DeclarationRecord {
  const id = String(10_000_000 + index);
  return {
    id: `bench-${id}`,
    version: 1,
    key: `ZZR1LT6/${id}`,
    contentHash: id.padStart(64, '0'),
    declaration: {
      functionCode: '9',
      typeCode: 'IM',
      functionalReferenceId: id,
      issueDate: '2020-01-01',
      declarationOfficeId: '30',
      currencyCode: 'KRW',
      parties: {
        declarant: { id: 'ZZR1LT6' },
        importer: { id: 'QLRUBN9', name: 'Importer QLRUBN9' },
        seller: { id: '0VKY2BR' },
      },
      transport: { arrival: { modeCode: '10' } },
      consignment: { exportCountryCode: 'AU', destinationCountryCode: 'KR' },
      goodsItems: [
        {
          sequence: 1,
          description: 'Frozen boneless bovine meat',
          classifications: [{ id: '020230', identificationTypeCode: 'TSP' }],
          originCountryCode: 'AU',
          originTypeCode: 'G',
          netMassKg: 108 + (index % 100),
          itemPrice: 372254.4,
          currencyCode: 'KRW',
          dutyTaxFees: [{ typeCode: 'FEU1', rate: 0 }],
        },
      ],
    },
    lineage: {
      source: 'bench',
      format: 'csv',
      receivedAt: '2020-01-01T00:00:00.000Z',
      rawSha256: id.padStart(64, '0'),
    },
    findings: [],
    qualityScore: 100,
    status: 'accepted',
    storedAt: '2020-01-01T00:00:00.000Z',
  };
}
