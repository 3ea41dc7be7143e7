import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from '../../../src/core/exchange/base64url.js';

describe('base64url', () => {
  it('agrees with Node on every byte string, both ways', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('gives every byte string exactly one accepted encoding', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const bytes = decodeBase64url(text);
        if (bytes) expect(encodeBase64url(bytes)).toBe(text);
      }),
    );
  });

  it('refuses padding, standard-alphabet characters, whitespace and impossible lengths', () => {
    for (const text of ['eyJhIjoxfQ==', 'ab+c', 'ab/c', 'ab c', 'abcde', 'ab\n'])
      expect(decodeBase64url(text)).toBeUndefined();
  });
});
