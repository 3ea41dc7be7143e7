import { describe, expect, it } from 'vitest';
import { encodeBase64url, decodeBase64url } from '../../../src/core/exchange/base64url.js';
import { openMessage } from '../../../src/core/exchange/open-message.js';
import { canonicalJson } from '../../../src/core/model/canonical-json.js';
import { verifySignature } from '../../../src/exchange/crypto/ed25519.js';
import { NOW, b64, buildNetwork, check, decision, header, rawJws, signEnvelope } from '../support/network.js';

const network = buildNetwork();
const codeOf = (input: unknown, now = NOW) => {
  const result = check(network, input, now);
  return result.status === 'rejected' ? result.code : 'accepted';
};
const withKid = (kid: string, jwk = network.vet.jwk, envelope = decision()) =>
  rawJws(header(kid), canonicalJson(envelope), jwk);

describe('unknown-sender', () => {
  it('refuses a sender that is not a member', () => {
    expect(codeOf(withKid('outsider-k1', network.outsider, decision({ sender: 'outsider' })))).toBe('unknown-sender');
  });
  it('keeps the claimed message id and sender for the log', () => {
    const result = check(network, withKid('outsider-k1', network.outsider, decision({ sender: 'outsider' })));
    expect(result).toMatchObject({ status: 'rejected', messageId: 'msg-vet-0001', sender: 'outsider' });
  });
});

describe('sender-suspended', () => {
  it('refuses a suspended member even with a valid signature', () => {
    expect(codeOf(signEnvelope(decision({ sender: 'sq' }), network.suspended.jwk))).toBe('sender-suspended');
  });
});

describe('unknown-key', () => {
  it('refuses a kid nobody registered', () =>
    expect(codeOf(withKid('outsider-k1', network.outsider))).toBe('unknown-key'));
  it('refuses a kid that differs from a real one by case', () => expect(codeOf(withKid('VET-K1'))).toBe('unknown-key'));
});

describe('key-sender-mismatch', () => {
  it('refuses the tax ministry signing, with its own valid key, as the veterinary service', () => {
    expect(codeOf(signEnvelope(decision(), network.tax.jwk))).toBe('key-sender-mismatch');
  });
  it('refuses a partner key used for an agency', () => {
    expect(codeOf(signEnvelope(decision(), network.partner.jwk))).toBe('key-sender-mismatch');
  });
});

describe('key-revoked', () => {
  it('refuses a key revoked before now, even for a message dated before the revocation', () => {
    const envelope = decision({ issuedAt: '2020-01-01T23:00:00.000Z', expiresAt: '2020-01-03T10:00:00.000Z' });
    expect(codeOf(signEnvelope(envelope, network.revoked))).toBe('key-revoked');
  });
});

describe('key-expired', () => {
  it('refuses a rotated-out key for a message issued after the rotation', () => {
    expect(codeOf(signEnvelope(decision(), network.old))).toBe('key-expired');
  });
  it('accepts the rotated-out key for a message issued before the rotation that arrives later', () => {
    const envelope = decision({ issuedAt: '2019-12-31T23:00:00.000Z', expiresAt: '2020-01-03T00:00:00.000Z' });
    expect(codeOf(signEnvelope(envelope, network.old))).toBe('accepted');
  });
});

describe('key-not-yet-valid', () => {
  it('refuses a key whose validity starts later', () =>
    expect(codeOf(signEnvelope(decision(), network.future))).toBe('key-not-yet-valid'));
});

describe('bad-signature', () => {
  const good = signEnvelope(decision(), network.vet.jwk);
  const [h, p, s] = good.split('.') as [string, string, string];
  it('refuses a payload changed after signing (tampered certificate number)', () => {
    const tampered = canonicalJson(
      decision({ body: { decision: { outcome: 'granted', certificateNumber: 'VC-2020-9999' } } }),
    );
    expect(codeOf(`${h}.${b64(tampered)}.${s}`)).toBe('bad-signature');
  });
  it('refuses an outcome flipped from refused to granted', () => {
    const refused = signEnvelope(decision({ body: { decision: { outcome: 'refused' } } }), network.vet.jwk);
    const [rh, , rs] = refused.split('.') as [string, string, string];
    expect(codeOf(`${rh}.${b64(canonicalJson(decision({ body: { decision: { outcome: 'granted' } } })))}.${rs}`)).toBe(
      'bad-signature',
    );
  });
  it('refuses a single flipped signature bit', () => {
    const bytes = decodeBase64url(s)!;
    bytes[10] = bytes[10]! ^ 1;
    expect(codeOf(`${h}.${p}.${encodeBase64url(bytes)}`)).toBe('bad-signature');
  });
  it('refuses a forgery signed with an outsider key under the sender kid', () => {
    expect(codeOf(withKid('vet-k1', network.outsider))).toBe('bad-signature');
  });
  it('refuses a signature cut from another message and pasted on this one', () => {
    const other = signEnvelope(decision({ id: 'msg-vet-0002' }), network.vet.jwk).split('.')[2]!;
    expect(codeOf(`${h}.${p}.${other}`)).toBe('bad-signature');
  });
  it('refuses an all-zero signature', () =>
    expect(codeOf(`${h}.${p}.${encodeBase64url(new Uint8Array(64))}`)).toBe('bad-signature'));
});

describe('wrong-key', () => {
  it('refuses a message signed with the sender old key but naming its current key', () => {
    expect(codeOf(withKid('vet-k1', network.old))).toBe('wrong-key');
  });
});

describe('wrong-recipient', () => {
  it('refuses a message addressed to another member', () => {
    expect(codeOf(signEnvelope(decision({ recipient: 'tax' }), network.vet.jwk))).toBe('wrong-recipient');
  });
  it('lets a member check what the hub sends it the same way', () => {
    const fromHub = signEnvelope(decision({ sender: 'hub', recipient: 'vet' }), network.hub.jwk);
    const asTax = openMessage(fromHub, {
      self: 'tax',
      now: NOW,
      directory: network.directory,
      verify: verifySignature,
    });
    const asVet = openMessage(fromHub, {
      self: 'vet',
      now: NOW,
      directory: network.directory,
      verify: verifySignature,
    });
    expect(asTax).toMatchObject({ status: 'rejected', code: 'wrong-recipient' });
    expect(asVet.status).toBe('verified');
  });
});

describe('expired', () => {
  it('refuses a message past its expiry', () =>
    expect(codeOf(signEnvelope(decision(), network.vet.jwk), new Date('2020-01-03T10:00:01Z'))).toBe('expired'));
  it('refuses a message exactly at its expiry', () =>
    expect(codeOf(signEnvelope(decision(), network.vet.jwk), new Date('2020-01-03T10:00:00Z'))).toBe('expired'));
});

describe('issued-in-future', () => {
  it('refuses a message dated ten minutes ahead', () => {
    const envelope = decision({ issuedAt: '2020-01-02T10:15:00.000Z', expiresAt: '2020-01-03T10:00:00.000Z' });
    expect(codeOf(signEnvelope(envelope, network.vet.jwk))).toBe('issued-in-future');
  });
  it('accepts a message dated within the five-minute clock skew', () => {
    const envelope = decision({ issuedAt: '2020-01-02T10:09:00.000Z', expiresAt: '2020-01-03T10:00:00.000Z' });
    expect(codeOf(signEnvelope(envelope, network.vet.jwk))).toBe('accepted');
  });
});

describe('lifetime-too-long', () => {
  it('refuses a message that asks to live for a year', () => {
    expect(codeOf(signEnvelope(decision({ expiresAt: '2021-01-02T10:00:00.000Z' }), network.vet.jwk))).toBe(
      'lifetime-too-long',
    );
  });
});
