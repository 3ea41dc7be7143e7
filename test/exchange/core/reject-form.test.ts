import { describe, expect, it } from 'vitest';
import { encodeBase64url } from '../../../src/core/exchange/base64url.js';
import { canonicalJson } from '../../../src/core/model/canonical-json.js';
import { buildNetwork, check, decision, header, hs256WithPublicKey, rawJws, signEnvelope } from '../support/network.js';

const network = buildNetwork();
const payload = canonicalJson(decision());
const good = signEnvelope(decision(), network.vet.jwk);
const [goodHeader, goodPayload, goodSignature] = good.split('.') as [string, string, string];
const codeOf = (input: unknown) => {
  const result = check(network, input);
  return result.status === 'rejected' ? result.code : 'accepted';
};

describe('a well-formed message', () => {
  it('is accepted in compact form', () => {
    expect(codeOf(good)).toBe('accepted');
  });

  it('is accepted in flattened JSON form, as an object or as text', () => {
    const flattened = { protected: goodHeader, payload: goodPayload, signature: goodSignature };
    expect(codeOf(flattened)).toBe('accepted');
    expect(codeOf(JSON.stringify(flattened))).toBe('accepted');
  });
});

describe('unsigned', () => {
  it('refuses a bare envelope object', () => expect(codeOf(decision())).toBe('unsigned'));
  it('refuses a bare envelope sent as JSON text', () => expect(codeOf(JSON.stringify(decision()))).toBe('unsigned'));
  it('refuses a compact JWS with an empty signature', () =>
    expect(codeOf(`${goodHeader}.${goodPayload}.`)).toBe('unsigned'));
  it('refuses a flattened JWS without a signature member', () =>
    expect(codeOf({ protected: goodHeader, payload: goodPayload })).toBe('unsigned'));
  it('refuses a flattened JWS with an empty signature', () =>
    expect(codeOf({ protected: goodHeader, payload: goodPayload, signature: '' })).toBe('unsigned'));
});

describe('malformed-jws', () => {
  it('refuses two segments', () => expect(codeOf(`${goodHeader}.${goodPayload}`)).toBe('malformed-jws'));
  it('refuses four segments', () => expect(codeOf(`${good}.x`)).toBe('malformed-jws'));
  it('refuses an encrypted JWE (five segments)', () => expect(codeOf('a.b.c.d.e')).toBe('malformed-jws'));
  it('refuses standard base64 characters in the header', () =>
    expect(codeOf(`${goodHeader.slice(0, -1)}+.${goodPayload}.${goodSignature}`)).toBe('malformed-jws'));
  it('refuses padding', () => expect(codeOf(`${goodHeader}=.${goodPayload}.${goodSignature}`)).toBe('malformed-jws'));
  it('refuses whitespace inside a segment', () =>
    expect(codeOf(`${goodHeader}.${goodPayload.slice(0, 10)} ${goodPayload.slice(10)}.${goodSignature}`)).toBe(
      'malformed-jws',
    ));
  it('refuses a payload segment that is not base64url', () =>
    expect(codeOf(`${goodHeader}.${goodPayload}*.${goodSignature}`)).toBe('malformed-jws'));
  it('refuses a signature that is not base64url', () =>
    expect(codeOf(`${goodHeader}.${goodPayload}.${goodSignature.slice(0, -2)}/+`)).toBe('malformed-jws'));
  it('refuses non-zero trailing bits (a second encoding of the same bytes)', () => {
    expect(codeOf(`${goodHeader}.${goodPayload}.${goodSignature.slice(0, -1)}B`)).toBe('malformed-jws');
  });
  it('refuses a number, null and an array', () => {
    expect(codeOf(42)).toBe('malformed-jws');
    expect(codeOf(null)).toBe('malformed-jws');
    expect(codeOf([good])).toBe('malformed-jws');
  });
  it('refuses the general JSON serialisation with several signatures', () => {
    expect(codeOf({ payload: goodPayload, signatures: [{ protected: goodHeader, signature: goodSignature }] })).toBe(
      'malformed-jws',
    );
  });
  it('refuses a flattened JWS whose payload is not a string', () => {
    expect(codeOf({ protected: goodHeader, payload: decision(), signature: goodSignature })).toBe('malformed-jws');
  });
  it('refuses a flattened JWS whose signature is not a string', () => {
    expect(codeOf({ protected: goodHeader, payload: goodPayload, signature: 7 })).toBe('malformed-jws');
  });
  it('refuses JSON text that is not an object', () => expect(codeOf('{"protected":')).toBe('malformed-jws'));
});

describe('message-too-large', () => {
  it('refuses a compact message over the limit before parsing it', () => {
    expect(codeOf(`${goodHeader}.${'A'.repeat(1_100_000)}.${goodSignature}`)).toBe('message-too-large');
  });
  it('refuses a flattened object over the limit', () => {
    expect(codeOf({ protected: goodHeader, payload: 'A'.repeat(1_100_000), signature: goodSignature })).toBe(
      'message-too-large',
    );
  });
});

describe('malformed-header', () => {
  it('refuses a header that is not JSON', () =>
    expect(codeOf(rawJws('not json', payload, network.vet.jwk))).toBe('malformed-header'));
  it('refuses a header that is a JSON array', () =>
    expect(codeOf(rawJws('["EdDSA"]', payload, network.vet.jwk))).toBe('malformed-header'));
  it('refuses a header that is not UTF-8', () => {
    const bad = encodeBase64url(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
    expect(codeOf(`${bad}.${goodPayload}.${goodSignature}`)).toBe('malformed-header');
  });
});

describe('non-canonical-header', () => {
  it('refuses a header with spaces', () => {
    expect(
      codeOf(rawJws('{"alg": "EdDSA", "kid": "vet-k1", "typ": "tamga-message+jws"}', payload, network.vet.jwk)),
    ).toBe('non-canonical-header');
  });
  it('refuses a header with keys out of order', () => {
    expect(codeOf(rawJws('{"kid":"vet-k1","alg":"EdDSA","typ":"tamga-message+jws"}', payload, network.vet.jwk))).toBe(
      'non-canonical-header',
    );
  });
  it('refuses duplicate header members (alg none smuggled before EdDSA)', () => {
    expect(
      codeOf(rawJws('{"alg":"none","alg":"EdDSA","kid":"vet-k1","typ":"tamga-message+jws"}', payload, network.vet.jwk)),
    ).toBe('non-canonical-header');
  });
});

describe('unsupported-alg', () => {
  it('refuses alg none with an empty signature', () => {
    expect(codeOf(rawJws(canonicalJson({ alg: 'none', kid: 'vet-k1', typ: 'tamga-message+jws' }), payload))).toBe(
      'unsupported-alg',
    );
  });
  it('refuses alg none even with a valid Ed25519 signature attached', () => {
    expect(
      codeOf(rawJws(canonicalJson({ alg: 'none', kid: 'vet-k1', typ: 'tamga-message+jws' }), payload, network.vet.jwk)),
    ).toBe('unsupported-alg');
  });
  it('refuses HS256 keyed with the sender public key (algorithm confusion)', () => {
    expect(codeOf(hs256WithPublicKey(network.vet.jwk.x, payload))).toBe('unsupported-alg');
  });
  it('refuses RS256 and ES256', () => {
    for (const alg of ['RS256', 'ES256', 'PS256', 'ES256K']) {
      expect(
        codeOf(rawJws(canonicalJson({ alg, kid: 'vet-k1', typ: 'tamga-message+jws' }), payload, network.vet.jwk)),
      ).toBe('unsupported-alg');
    }
  });
  it('refuses a header without alg', () => {
    expect(codeOf(rawJws(canonicalJson({ kid: 'vet-k1', typ: 'tamga-message+jws' }), payload, network.vet.jwk))).toBe(
      'unsupported-alg',
    );
  });
  it('refuses near-miss spellings of EdDSA', () => {
    for (const alg of ['eddsa', 'Ed25519', 'EDDSA', ' EdDSA']) {
      expect(
        codeOf(rawJws(canonicalJson({ alg, kid: 'vet-k1', typ: 'tamga-message+jws' }), payload, network.vet.jwk)),
      ).toBe('unsupported-alg');
    }
  });
});

describe('embedded-key', () => {
  it('refuses a header carrying the attacker own jwk (and signed with it)', () => {
    const jwk = { kty: 'OKP', crv: 'Ed25519', x: network.outsider.x };
    expect(codeOf(rawJws(header('vet-k1', { jwk }), payload, network.outsider))).toBe('embedded-key');
  });
  it('refuses jku, x5u and x5c', () => {
    expect(codeOf(rawJws(header('vet-k1', { jku: 'https://evil.example/keys' }), payload, network.vet.jwk))).toBe(
      'embedded-key',
    );
    expect(codeOf(rawJws(header('vet-k1', { x5u: 'https://evil.example/cert' }), payload, network.vet.jwk))).toBe(
      'embedded-key',
    );
    expect(codeOf(rawJws(header('vet-k1', { x5c: ['MIIB'] }), payload, network.vet.jwk))).toBe('embedded-key');
  });
});

describe('unsupported-header', () => {
  it('refuses crit', () =>
    expect(codeOf(rawJws(header('vet-k1', { crit: ['exp'], exp: 1 }), payload, network.vet.jwk))).toBe(
      'unsupported-header',
    ));
  it('refuses b64 false (unencoded payload)', () =>
    expect(codeOf(rawJws(header('vet-k1', { b64: false }), payload, network.vet.jwk))).toBe('unsupported-header'));
  it('refuses zip', () =>
    expect(codeOf(rawJws(header('vet-k1', { zip: 'DEF' }), payload, network.vet.jwk))).toBe('unsupported-header'));
  it('refuses a typ other than tamga-message+jws', () => {
    expect(codeOf(rawJws(canonicalJson({ alg: 'EdDSA', kid: 'vet-k1', typ: 'JWT' }), payload, network.vet.jwk))).toBe(
      'unsupported-header',
    );
  });
  it('refuses a checkpoint JWS offered as a message (type confusion)', () => {
    expect(
      codeOf(
        rawJws(canonicalJson({ alg: 'EdDSA', kid: 'vet-k1', typ: 'tamga-checkpoint+jws' }), payload, network.vet.jwk),
      ),
    ).toBe('unsupported-header');
  });
  it('refuses a missing typ', () =>
    expect(codeOf(rawJws(canonicalJson({ alg: 'EdDSA', kid: 'vet-k1' }), payload, network.vet.jwk))).toBe(
      'unsupported-header',
    ));
  it('refuses an unprotected header in the flattened form', () => {
    expect(
      codeOf({ protected: goodHeader, header: { kid: 'vet-k0' }, payload: goodPayload, signature: goodSignature }),
    ).toBe('unsupported-header');
  });
});

describe('missing-kid', () => {
  it('refuses a header without kid', () => {
    expect(codeOf(rawJws(canonicalJson({ alg: 'EdDSA', typ: 'tamga-message+jws' }), payload, network.vet.jwk))).toBe(
      'missing-kid',
    );
  });
  it('refuses an empty or non-string kid', () => {
    expect(codeOf(rawJws(header(''), payload, network.vet.jwk))).toBe('missing-kid');
    expect(
      codeOf(rawJws(canonicalJson({ alg: 'EdDSA', kid: 7, typ: 'tamga-message+jws' }), payload, network.vet.jwk)),
    ).toBe('missing-kid');
  });
});

describe('malformed-signature', () => {
  it('refuses a 63-byte signature', () => {
    expect(codeOf(`${goodHeader}.${goodPayload}.${encodeBase64url(new Uint8Array(63))}`)).toBe('malformed-signature');
  });
  it('refuses a 65-byte signature', () => {
    expect(codeOf(`${goodHeader}.${goodPayload}.${encodeBase64url(new Uint8Array(65))}`)).toBe('malformed-signature');
  });
  it('refuses an HMAC-sized (32-byte) signature under EdDSA', () => {
    expect(codeOf(`${goodHeader}.${goodPayload}.${encodeBase64url(new Uint8Array(32))}`)).toBe('malformed-signature');
  });
});

describe('malformed-payload', () => {
  it('refuses a payload that is not JSON', () =>
    expect(codeOf(rawJws(header('vet-k1'), 'hello', network.vet.jwk))).toBe('malformed-payload'));
  it('refuses a JSON array payload', () =>
    expect(codeOf(rawJws(header('vet-k1'), '[1,2]', network.vet.jwk))).toBe('malformed-payload'));
  it('refuses an empty (detached) payload', () =>
    expect(codeOf(rawJws(header('vet-k1'), '', network.vet.jwk))).toBe('malformed-payload'));
  it('refuses a payload that is not UTF-8', () => {
    const bad = encodeBase64url(new Uint8Array([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x7d]));
    expect(codeOf(`${goodHeader}.${bad}.${goodSignature}`)).toBe('malformed-payload');
  });
});

describe('non-canonical-payload', () => {
  it('refuses a pretty-printed payload', () => {
    expect(codeOf(rawJws(header('vet-k1'), JSON.stringify(decision(), null, 2), network.vet.jwk))).toBe(
      'non-canonical-payload',
    );
  });
  it('refuses unsorted keys', () =>
    expect(codeOf(rawJws(header('vet-k1'), JSON.stringify(decision()), network.vet.jwk))).toBe(
      'non-canonical-payload',
    ));
  it('refuses a duplicate claim (parser differential: two senders)', () => {
    expect(
      codeOf(
        rawJws(header('vet-k1'), payload.replace('"sender":"vet"', '"sender":"tax","sender":"vet"'), network.vet.jwk),
      ),
    ).toBe('non-canonical-payload');
  });
  it('refuses a number not in shortest form', () => {
    expect(codeOf(rawJws(header('vet-k1'), payload.replace('"version":1', '"version":1.0'), network.vet.jwk))).toBe(
      'non-canonical-payload',
    );
  });
  it('refuses escaped characters that need no escaping', () => {
    expect(codeOf(rawJws(header('vet-k1'), payload.replace('"vet"', '"v\\u0065t"'), network.vet.jwk))).toBe(
      'non-canonical-payload',
    );
  });
});
