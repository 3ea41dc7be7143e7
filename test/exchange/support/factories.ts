import type { Agreement } from '../../../src/core/exchange/agreement.js';
import type { Envelope } from '../../../src/core/exchange/envelope.js';
import type { Member, MemberKey } from '../../../src/core/exchange/member.js';
import type { Declaration } from '../../../src/core/model/declaration-schema.js';
import type { DeclarationRecord } from '../../../src/core/model/record.js';
import { generateKeyPair, type PrivateKeyJwk } from '../../../src/exchange/crypto/ed25519.js';

/**
 * A two-item import: frozen bovine meat (HS 0202) and ceramic tiles (HS 6907), from the
 * layout of the Korean data set (declarant, importer, seller, origin, net mass, price).
 */
export function buildDeclaration(overrides: Partial<Declaration> = {}): Declaration {
  return {
    functionCode: '9',
    typeCode: 'IM',
    functionalReferenceId: 'LRN-2020-000123',
    issueDate: '2020-01-01',
    declarationOfficeId: '30',
    currencyCode: 'KRW',
    invoiceAmount: 748006.0,
    parties: {
      declarant: { id: 'ZZR1LT6', name: 'Hanil Customs Brokers' },
      importer: { id: 'QLRUBN9', name: 'Seoul Meat Trading', address: { cityName: 'Seoul', countryCode: 'KR' } },
      seller: { id: '0VKY2BR', name: 'Pampas Beef SA' },
    },
    transport: { arrival: { modeCode: '10', id: 'HMM ALGECIRAS' } },
    consignment: {
      exportCountryCode: 'AU',
      destinationCountryCode: 'KR',
      incotermCode: 'CIF',
      containers: [{ id: 'MSCU1234565', sealIds: ['SL-1'] }],
    },
    goodsItems: [
      {
        sequence: 1,
        description: 'Frozen boneless bovine meat',
        classifications: [{ id: '020230', identificationTypeCode: 'TSP' }],
        originCountryCode: 'AU',
        netMassKg: 108,
        grossMassKg: 115,
        itemPrice: 372254.4,
        customsValue: 372254.4,
        currencyCode: 'KRW',
        procedureCode: '4000',
        dutyTaxFees: [{ typeCode: 'A', rate: 40, assessedAmount: 148901.76 }],
        documents: [{ typeCode: 'VHC', id: 'AU-VET-2020-118' }],
      },
      {
        sequence: 2,
        description: 'Glazed ceramic floor tiles',
        classifications: [{ id: '690722', identificationTypeCode: 'TSP' }],
        originCountryCode: 'CN',
        netMassKg: 11352,
        itemPrice: 375751.6,
        customsValue: 375751.6,
        currencyCode: 'KRW',
        procedureCode: '4000',
      },
    ],
    ...overrides,
  };
}

export function buildRecord(overrides: Partial<DeclarationRecord> = {}): DeclarationRecord {
  return {
    id: 'dec-97061800',
    version: 1,
    key: 'ZZR1LT6/LRN-2020-000123',
    contentHash: 'a'.repeat(64),
    declaration: buildDeclaration(),
    lineage: { source: 'api', format: 'json', receivedAt: '2020-01-01T09:00:00.000Z', rawSha256: 'b'.repeat(64) },
    findings: [],
    qualityScore: 96,
    status: 'accepted',
    storedAt: '2020-01-01T09:00:00.100Z',
    ...overrides,
  };
}

export interface TestMember {
  member: Member;
  jwk: PrivateKeyJwk;
}

export function buildMember(id: string, overrides: Partial<Member> = {}): TestMember {
  const jwk = generateKeyPair(`${id}-k1`);
  const key: MemberKey = { kid: jwk.kid, memberId: id, publicKey: jwk.x, validFrom: '2020-01-01T00:00:00.000Z' };
  const member: Member = {
    id,
    name: id,
    kind: id === 'hub' ? 'hub' : 'agency',
    country: 'KR',
    status: 'active',
    endpoints: { delivery: 'pull' },
    keys: [key],
    createdAt: '2020-01-01T00:00:00.000Z',
    ...overrides,
  };
  return { member, jwk };
}

export function buildAgreement(overrides: Partial<Agreement> = {}): Agreement {
  return {
    id: 'vet-import-control',
    version: 1,
    memberId: 'vet',
    title: 'Veterinary control of imported animal products',
    purpose: 'veterinary-control',
    legalBasis: 'Memorandum between customs and the veterinary service, art. 4',
    direction: 'outbound',
    messageTypes: ['declaration.ingested', 'declaration.released'],
    fields: [
      'goodsItems[].sequence',
      'goodsItems[].classifications[].id',
      'goodsItems[].netMassKg',
      'parties.importer',
    ],
    scope: { hsPrefixes: ['01', '02', '03', '04', '05', '16'] },
    retentionDays: 365,
    validFrom: '2020-01-01T00:00:00Z',
    status: 'active',
    ...overrides,
  };
}

/** A reply the veterinary service sends about a hub message. */
export function buildDecisionEnvelope(overrides: Partial<Envelope> = {}): Envelope {
  return {
    id: 'msg-vet-0001',
    correlationId: 'dec-97061800',
    inReplyTo: 'msg-hub-0001',
    sender: 'vet',
    recipient: 'hub',
    purpose: 'veterinary-control',
    agreement: { id: 'vet-decisions', version: 1 },
    type: 'agency.decision',
    issuedAt: '2020-01-02T10:00:00.000Z',
    expiresAt: '2020-01-03T10:00:00.000Z',
    subject: { declarationId: 'dec-97061800', version: 1 },
    body: { decision: { outcome: 'granted', certificateNumber: 'VC-2020-0042' } },
    ...overrides,
  };
}
