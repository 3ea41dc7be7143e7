import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson (RFC 8785)', () => {
  it('sorts keys by UTF-16 code units and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined, '\u20ac': 1, '\r': 2 })).toBe(
      '{"\\r":2,"a":[true,null,"x"],"b":1,"\u20ac":1}',
    );
  });

  it('writes numbers in their shortest ECMAScript form', () => {
    expect(canonicalJson([1e21, 0.000001, -0, 333333333.3333333, 1e-7])).toBe(
      '[1e+21,0.000001,0,333333333.3333333,1e-7]',
    );
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ x: Number.NaN })).toThrow(RangeError);
  });
});

describe('canonicalJson with integer-like keys', () => {
  it('orders them as strings, as RFC 8785 requires, not numerically as engines do', () => {
    expect(canonicalJson({ b: { '10': 1, '9': 2, a: 3 }, a: 1 })).toBe('{"a":1,"b":{"10":1,"9":2,"a":3}}');
  });
});
