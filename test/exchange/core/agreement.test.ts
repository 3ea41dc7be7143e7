import { describe, expect, it } from 'vitest';
import { currentAgreements } from '../../../src/core/exchange/agreement.js';
import { parseAgreement } from '../../../src/core/exchange/agreement-schema.js';
import { buildAgreement } from '../support/factories.js';

const problemsOf = (input: unknown) => {
  const result = parseAgreement(input);
  return result.status === 'invalid' ? result.problems : [];
};

describe('parseAgreement', () => {
  it('accepts a complete agreement', () => expect(parseAgreement(buildAgreement()).status).toBe('valid'));

  it('names a field that is not in the canonical model', () => {
    expect(problemsOf(buildAgreement({ fields: ['goodsItems[].hsCode'] }))).toEqual([
      'fields: `goodsItems[].hsCode`: `goodsItems[]` (goods item) has no field `hsCode`',
    ]);
  });

  it('asks for [] on a list and refuses it on a single value', () => {
    expect(problemsOf(buildAgreement({ fields: ['goodsItems.sequence'] }))[0]).toContain(
      'is a list: write `goodsItems[]`',
    );
    expect(problemsOf(buildAgreement({ fields: ['consignment[].exportCountryCode'] }))[0]).toContain('is not a list');
  });

  it('refuses a concrete index', () =>
    expect(problemsOf(buildAgreement({ fields: ['goodsItems[0].sequence'] }))[0]).toContain('is not a field name'));

  it('accepts national codes by key', () =>
    expect(problemsOf(buildAgreement({ fields: ['nationalCodes.importType'] }))).toEqual([]));

  it('refuses HS prefixes of odd length and unknown message types', () => {
    expect(problemsOf(buildAgreement({ scope: { hsPrefixes: ['020'] } }))[0]).toContain('/scope/hsPrefixes/0');
    expect(problemsOf({ ...buildAgreement(), messageTypes: ['declaration.deleted'] }).length).toBeGreaterThan(0);
  });

  it('refuses hub-only types on an inbound agreement and decisions on an outbound one', () => {
    expect(problemsOf(buildAgreement({ direction: 'inbound' }))[0]).toContain('flow from the hub only');
    expect(problemsOf(buildAgreement({ messageTypes: ['agency.decision'] }))[0]).toContain('use direction "inbound"');
  });

  it('refuses unknown members and a validity that ends before it starts', () => {
    expect(problemsOf({ ...buildAgreement(), shareEverything: true })[0]).toContain('/shareEverything');
    expect(problemsOf(buildAgreement({ validUntil: '2019-01-01T00:00:00Z' }))).toEqual([
      'validUntil: must be after validFrom',
    ]);
  });
});

describe('currentAgreements', () => {
  const v1 = buildAgreement();
  const v2 = buildAgreement({ version: 2, fields: ['goodsItems[].sequence'], validFrom: '2020-06-01T00:00:00Z' });
  it('takes the newest version in force', () => {
    expect(currentAgreements([v1, v2], new Date('2020-03-01T00:00:00Z'))).toEqual([v1]);
    expect(currentAgreements([v2, v1], new Date('2020-07-01T00:00:00Z'))).toEqual([v2]);
  });
  it('does not fall back to an older version when the newest is suspended', () => {
    const suspended = { ...v2, status: 'suspended' as const };
    expect(currentAgreements([v1, suspended], new Date('2020-07-01T00:00:00Z'))).toEqual([]);
  });
});
