import { describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/core/exchange/envelope.js';
import { buildDeclaration } from '../support/factories.js';
import { buildNetwork, check, decision, signEnvelope } from '../support/network.js';

const network = buildNetwork();
const codeOf = (envelope: Envelope, jwk = network.vet.jwk) => {
  const result = check(network, signEnvelope(envelope, jwk));
  return result.status === 'rejected' ? result.code : 'accepted';
};
const fromPartner = (declaration: object, overrides: Partial<Envelope> = {}): Envelope =>
  decision({
    sender: 'partner-customs-cn',
    purpose: 'customs-cooperation',
    agreement: { id: 'c2c-cn', version: 1 },
    type: 'c2c.export-declaration',
    inReplyTo: undefined,
    subject: undefined,
    body: { declaration },
    ...overrides,
  });
const exportDeclaration = {
  functionalReferenceId: 'CN-EX-2020-77',
  typeCode: 'EX',
  consignment: { exportCountryCode: 'CN', destinationCountryCode: 'KR' },
  goodsItems: [
    { sequence: 1, classifications: [{ id: '030389' }], netMassKg: 1200, customsValue: 5400, originCountryCode: 'CN' },
  ],
};

describe('accepted when the agreement allows it', () => {
  it('accepts a veterinary decision under the decision agreement', () => expect(codeOf(decision())).toBe('accepted'));
  it('accepts a partner export declaration inside its allow list and scope', () => {
    expect(codeOf(fromPartner(exportDeclaration), network.partner.jwk)).toBe('accepted');
  });
});

describe('no-agreement (unauthorised)', () => {
  it('refuses a message citing an agreement that does not exist', () => {
    expect(codeOf(decision({ agreement: { id: 'vet-everything', version: 1 } }))).toBe('no-agreement');
  });
  it('refuses a member citing another member agreement', () => {
    expect(codeOf(decision({ agreement: { id: 'tax-assessment', version: 1 }, purpose: 'tax-assessment' }))).toBe(
      'no-agreement',
    );
  });
  it('refuses a member that has no agreement at all', () => {
    expect(codeOf(decision({ sender: 'tax', agreement: { id: 'vet-decisions', version: 1 } }), network.tax.jwk)).toBe(
      'no-agreement',
    );
  });
});

describe('agreement-inactive', () => {
  it('refuses under a suspended agreement', () =>
    expect(codeOf(decision({ agreement: { id: 'vet-suspended', version: 1 } }))).toBe('agreement-inactive'));
  it('refuses under a lapsed agreement', () =>
    expect(codeOf(decision({ agreement: { id: 'vet-lapsed', version: 1 } }))).toBe('agreement-inactive'));
  it('refuses under an agreement not in force yet', () =>
    expect(codeOf(decision({ agreement: { id: 'vet-future', version: 1 } }))).toBe('agreement-inactive'));
});

describe('agreement-version-mismatch', () => {
  it('refuses a message citing version 1 once version 2 is in force', () => {
    expect(codeOf(decision({ agreement: { id: 'vet-versioned', version: 1 } }))).toBe('agreement-version-mismatch');
    expect(codeOf(decision({ agreement: { id: 'vet-versioned', version: 2 } }))).toBe('accepted');
  });
  it('refuses a version that does not exist yet', () => {
    expect(codeOf(decision({ agreement: { id: 'vet-versioned', version: 3 } }))).toBe('agreement-version-mismatch');
  });
});

describe('wrong-direction', () => {
  it('refuses a member sending a hub-only declaration event', () => {
    const forged = decision({
      type: 'declaration.released',
      agreement: { id: 'vet-import-control', version: 1 },
      body: { event: 'released', declaration: {} },
    });
    expect(codeOf(forged)).toBe('wrong-direction');
  });
  it('refuses a type that the agreement lets flow outbound only', () => {
    expect(
      codeOf(
        decision({
          type: 'c2c.export-declaration',
          agreement: { id: 'vet-c2c-out', version: 1 },
          body: { declaration: {} },
        }),
      ),
    ).toBe('wrong-direction');
  });
});

describe('wrong-purpose', () => {
  it('refuses a decision sent for tax assessment under the veterinary agreement', () => {
    expect(codeOf(decision({ purpose: 'tax-assessment' }))).toBe('wrong-purpose');
  });
  it('refuses a purpose that differs only by case', () =>
    expect(codeOf(decision({ purpose: 'Veterinary-Control' }))).toBe('wrong-purpose'));
});

describe('message-type-not-allowed', () => {
  it('refuses an export declaration under the decision agreement', () => {
    expect(codeOf(decision({ type: 'c2c.export-declaration', body: { declaration: {} } }))).toBe(
      'message-type-not-allowed',
    );
  });
  it('refuses a decision from the partner administration, whose agreement has none', () => {
    expect(
      codeOf(
        decision({
          sender: 'partner-customs-cn',
          purpose: 'customs-cooperation',
          agreement: { id: 'c2c-cn', version: 1 },
        }),
        network.partner.jwk,
      ),
    ).toBe('message-type-not-allowed');
  });
});

describe('invalid-body', () => {
  it('refuses a decision without an outcome', () =>
    expect(codeOf(decision({ body: { decision: { certificateNumber: 'VC-1' } } }))).toBe('invalid-body'));
  it('refuses an unknown outcome', () =>
    expect(codeOf(decision({ body: { decision: { outcome: 'maybe' } } }))).toBe('invalid-body'));
  it('refuses extra members in a decision', () =>
    expect(codeOf(decision({ body: { decision: { outcome: 'granted', releaseAll: true } } }))).toBe('invalid-body'));
  it('refuses a decision that names no declaration', () =>
    expect(codeOf(decision({ subject: undefined }))).toBe('invalid-body'));
  it('refuses a decision that answers no message', () =>
    expect(codeOf(decision({ inReplyTo: undefined }))).toBe('invalid-body'));
  it('refuses an export declaration body without a declaration', () => {
    expect(codeOf(fromPartner(exportDeclaration, { body: { items: [] } }), network.partner.jwk)).toBe('invalid-body');
  });
});

describe('field-not-allowed', () => {
  it('refuses a partner declaration carrying the importer name', () => {
    const withParty = { ...exportDeclaration, parties: { importer: { name: 'Seoul Meat Trading' } } };
    expect(codeOf(fromPartner(withParty), network.partner.jwk)).toBe('field-not-allowed');
  });
  it('refuses a field nested in a goods item', () => {
    const items = [{ ...exportDeclaration.goodsItems[0], dutyTaxFees: [{ typeCode: 'A', rate: 8 }] }];
    const result = check(
      network,
      signEnvelope(fromPartner({ ...exportDeclaration, goodsItems: items }), network.partner.jwk),
    );
    expect(result).toMatchObject({
      code: 'field-not-allowed',
      message: expect.stringContaining('goodsItems[0].dutyTaxFees'),
    });
  });
  it('refuses a whole declaration where only a few fields are allowed', () => {
    expect(
      codeOf(
        fromPartner(buildDeclaration({ typeCode: 'EX', consignment: { exportCountryCode: 'CN' } })),
        network.partner.jwk,
      ),
    ).toBe('field-not-allowed');
  });
});

describe('out-of-scope', () => {
  it('refuses a partner declaration of cars under a food agreement', () => {
    const cars = {
      ...exportDeclaration,
      goodsItems: [{ sequence: 1, classifications: [{ id: '870323' }], netMassKg: 1500 }],
    };
    expect(codeOf(fromPartner(cars), network.partner.jwk)).toBe('out-of-scope');
  });
  it('refuses a mixed declaration when one item is outside the scope', () => {
    const mixed = {
      ...exportDeclaration,
      goodsItems: [...exportDeclaration.goodsItems, { sequence: 2, classifications: [{ id: '870323' }] }],
    };
    expect(codeOf(fromPartner(mixed), network.partner.jwk)).toBe('out-of-scope');
  });
});
