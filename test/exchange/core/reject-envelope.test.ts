import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../src/core/model/canonical-json.js';
import { buildNetwork, check, decision, header, rawJws, signEnvelope } from '../support/network.js';

const network = buildNetwork();
const codeOf = (input: unknown) => {
  const result = check(network, input);
  return result.status === 'rejected' ? result.code : 'accepted';
};

describe('invalid-envelope', () => {
  const signed = (changes: Record<string, unknown>) => {
    const envelope: Record<string, unknown> = { ...decision(), ...changes };
    for (const [key, value] of Object.entries(changes)) if (value === undefined) delete envelope[key];
    return rawJws(header('vet-k1'), canonicalJson(envelope), network.vet.jwk);
  };
  it('refuses a missing sender', () => expect(codeOf(signed({ sender: undefined }))).toBe('invalid-envelope'));
  it('refuses a missing message id', () => expect(codeOf(signed({ id: undefined }))).toBe('invalid-envelope'));
  it('refuses a missing agreement', () => expect(codeOf(signed({ agreement: undefined }))).toBe('invalid-envelope'));
  it('refuses a missing expiry', () => expect(codeOf(signed({ expiresAt: undefined }))).toBe('invalid-envelope'));
  it('refuses an unknown claim', () => expect(codeOf(signed({ admin: true }))).toBe('invalid-envelope'));
  it('refuses an unknown message type', () =>
    expect(codeOf(signed({ type: 'declaration.delete' }))).toBe('invalid-envelope'));
  it('refuses a timestamp that is not ISO 8601 UTC', () => {
    expect(codeOf(signed({ issuedAt: '02/01/2020 10:00' }))).toBe('invalid-envelope');
    expect(codeOf(signed({ issuedAt: '2020-01-02T10:00:00+01:00' }))).toBe('invalid-envelope');
  });
  it('refuses an impossible date', () =>
    expect(codeOf(signed({ expiresAt: '2020-13-45T99:00:00Z' }))).toBe('invalid-envelope'));
  it('refuses agreement version 0', () =>
    expect(codeOf(signed({ agreement: { id: 'vet-decisions', version: 0 } }))).toBe('invalid-envelope'));
  it('refuses a body that is not an object', () =>
    expect(codeOf(signed({ body: 'granted' }))).toBe('invalid-envelope'));
  it('refuses a numeric sender', () => expect(codeOf(signed({ sender: 7 }))).toBe('invalid-envelope'));
  it('refuses an expiry before the issue time', () => {
    expect(
      codeOf(
        signEnvelope(
          decision({ issuedAt: '2020-01-02T10:00:00.000Z', expiresAt: '2020-01-02T09:00:00.000Z' }),
          network.vet.jwk,
        ),
      ),
    ).toBe('invalid-envelope');
  });
});
