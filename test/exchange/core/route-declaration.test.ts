import { describe, expect, it } from 'vitest';
import { routeDeclaration, type RouteDeclarationOptions } from '../../../src/core/exchange/route-declaration.js';
import { buildAgreement, buildDeclaration, buildMember, buildRecord } from '../support/factories.js';

const vet = buildMember('vet').member;
const tax = buildMember('tax').member;
const phyto = buildMember('phyto').member;
let counter = 0;
const base = (overrides: Partial<RouteDeclarationOptions> = {}): RouteDeclarationOptions => ({
  record: buildRecord(),
  event: 'ingested',
  members: [vet, tax, phyto],
  agreements: [
    buildAgreement(),
    buildAgreement({
      id: 'tax-assessment',
      memberId: 'tax',
      purpose: 'tax-assessment',
      messageTypes: ['declaration.released'],
      fields: ['goodsItems[].customsValue'],
      scope: {},
    }),
    buildAgreement({
      id: 'phyto',
      memberId: 'phyto',
      purpose: 'phytosanitary-control',
      scope: { hsPrefixes: ['06', '07', '08'] },
    }),
  ],
  hubId: 'hub',
  now: new Date('2020-01-01T09:00:01.000Z'),
  newId: () => `msg-${++counter}`,
  ...overrides,
});

describe('routeDeclaration', () => {
  it('sends an ingested declaration with HS 02 to the veterinary service only, with only its fields', () => {
    const routed = routeDeclaration(base());
    expect(routed.map((message) => message.member.id)).toEqual(['vet']);
    const [message] = routed;
    expect(message!.envelope).toMatchObject({
      sender: 'hub',
      recipient: 'vet',
      purpose: 'veterinary-control',
      agreement: { id: 'vet-import-control', version: 1 },
      type: 'declaration.ingested',
      correlationId: 'dec-97061800',
      subject: { declarationId: 'dec-97061800', version: 1 },
      issuedAt: '2020-01-01T09:00:01.000Z',
      expiresAt: '2020-01-04T09:00:01.000Z',
    });
    expect(message!.envelope.body).toEqual({
      event: 'ingested',
      declaration: {
        parties: {
          importer: { id: 'QLRUBN9', name: 'Seoul Meat Trading', address: { cityName: 'Seoul', countryCode: 'KR' } },
        },
        goodsItems: [{ sequence: 1, classifications: [{ id: '020230' }], netMassKg: 108 }],
      },
    });
  });

  it('routes the released event to the tax ministry too, by its own agreement', () => {
    const routed = routeDeclaration(base({ event: 'released' }));
    expect(routed.map((message) => [message.member.id, message.envelope.purpose])).toEqual([
      ['vet', 'veterinary-control'],
      ['tax', 'tax-assessment'],
    ]);
    expect(routed[1]!.envelope.body.declaration).toEqual({
      goodsItems: [{ customsValue: 372254.4 }, { customsValue: 375751.6 }],
    });
  });

  it('sends nothing to a member without a matching agreement', () => {
    expect(routeDeclaration(base({ event: 'lane-assigned', lane: 'red' }))).toEqual([]);
    expect(routeDeclaration(base({ agreements: [] }))).toEqual([]);
  });

  it('carries the lane on lane-assigned', () => {
    const routed = routeDeclaration(
      base({
        event: 'lane-assigned',
        lane: 'red',
        agreements: [buildAgreement({ messageTypes: ['declaration.lane-assigned'] })],
      }),
    );
    expect(routed[0]!.envelope.body).toMatchObject({ event: 'lane-assigned', lane: 'red' });
  });

  it('never shares a rejected declaration, nor with a suspended member', () => {
    expect(routeDeclaration(base({ record: buildRecord({ status: 'rejected' }) }))).toEqual([]);
    expect(routeDeclaration(base({ members: [{ ...vet, status: 'suspended' }] }))).toEqual([]);
  });

  it('applies a new agreement version to new messages only, and names the version', () => {
    const v2 = buildAgreement({ version: 2, fields: ['goodsItems[].sequence'], validFrom: '2020-02-01T00:00:00Z' });
    const before = routeDeclaration(base({ agreements: [buildAgreement(), v2] }));
    const after = routeDeclaration(base({ agreements: [buildAgreement(), v2], now: new Date('2020-02-01T00:00:01Z') }));
    expect(before[0]!.envelope.agreement).toEqual({ id: 'vet-import-control', version: 1 });
    expect(after[0]!.envelope.agreement).toEqual({ id: 'vet-import-control', version: 2 });
    expect(after[0]!.envelope.body.declaration).toEqual({ goodsItems: [{ sequence: 1 }] });
  });

  it('sends a fish-and-flowers declaration to both agencies, each its own items', () => {
    const record = buildRecord({
      declaration: buildDeclaration({
        goodsItems: [
          { sequence: 1, classifications: [{ id: '030389' }], netMassKg: 50 },
          { sequence: 2, classifications: [{ id: '060311' }], netMassKg: 7 },
        ],
      }),
    });
    const routed = routeDeclaration(base({ record }));
    const items = routed.map((message) => [
      message.member.id,
      (message.envelope.body.declaration as { goodsItems: unknown }).goodsItems,
    ]);
    expect(items).toEqual([
      ['vet', [{ sequence: 1, classifications: [{ id: '030389' }], netMassKg: 50 }]],
      ['phyto', [{ sequence: 2, classifications: [{ id: '060311' }], netMassKg: 7 }]],
    ]);
  });
});
