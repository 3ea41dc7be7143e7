import { createHmac, sign as nodeSign, createPrivateKey } from 'node:crypto';
import type { Agreement } from '../../../src/core/exchange/agreement.js';
import { encodeBase64url, utf8 } from '../../../src/core/exchange/base64url.js';
import { checkInboundPolicy } from '../../../src/core/exchange/check-inbound-policy.js';
import type { Envelope } from '../../../src/core/exchange/envelope.js';
import { MESSAGE_TYP } from '../../../src/core/exchange/envelope.js';
import { signJws } from '../../../src/core/exchange/jws.js';
import { createMemberDirectory, type Member } from '../../../src/core/exchange/member.js';
import { openMessage } from '../../../src/core/exchange/open-message.js';
import type { Rejection } from '../../../src/core/exchange/rejection.js';
import { canonicalJson } from '../../../src/core/model/canonical-json.js';
import {
  createSigner,
  generateKeyPair,
  verifySignature,
  type PrivateKeyJwk,
} from '../../../src/exchange/crypto/ed25519.js';
import { buildAgreement, buildDecisionEnvelope, buildMember } from './factories.js';

export const NOW = new Date('2020-01-02T10:05:00.000Z');

/**
 * A small network for the negative cases: the hub, the veterinary service (current key,
 * a rotated-out key, a revoked key, a future key), the tax ministry, a suspended member,
 * a partner customs administration, and an outsider whose key nobody registered.
 */
export function buildNetwork() {
  const hub = buildMember('hub');
  const vet = buildMember('vet');
  const old = generateKeyPair('vet-k0');
  const revoked = generateKeyPair('vet-kr');
  const future = generateKeyPair('vet-kf');
  vet.member.keys.push(
    {
      kid: old.kid,
      memberId: 'vet',
      publicKey: old.x,
      validFrom: '2019-01-01T00:00:00.000Z',
      validUntil: '2020-01-01T00:00:00.000Z',
    },
    {
      kid: revoked.kid,
      memberId: 'vet',
      publicKey: revoked.x,
      validFrom: '2019-06-01T00:00:00.000Z',
      revokedAt: '2020-01-02T00:00:00.000Z',
    },
    { kid: future.kid, memberId: 'vet', publicKey: future.x, validFrom: '2021-01-01T00:00:00.000Z' },
  );
  const tax = buildMember('tax');
  const suspended = buildMember('sq', { status: 'suspended' });
  const partner = buildMember('partner-customs-cn', { kind: 'customs', country: 'CN' });
  const outsider = generateKeyPair('outsider-k1');
  const members: Member[] = [hub.member, vet.member, tax.member, suspended.member, partner.member];
  const agreements: Agreement[] = [
    buildAgreement(),
    buildAgreement({
      id: 'vet-decisions',
      direction: 'inbound',
      messageTypes: ['agency.decision'],
      fields: [],
      scope: {},
    }),
    buildAgreement({
      id: 'tax-assessment',
      memberId: 'tax',
      purpose: 'tax-assessment',
      direction: 'outbound',
      messageTypes: ['declaration.released'],
      scope: {},
    }),
    buildAgreement({
      id: 'vet-suspended',
      direction: 'inbound',
      messageTypes: ['agency.decision'],
      fields: [],
      scope: {},
      status: 'suspended',
    }),
    buildAgreement({
      id: 'vet-lapsed',
      direction: 'inbound',
      messageTypes: ['agency.decision'],
      fields: [],
      scope: {},
      validUntil: '2020-01-02T00:00:00Z',
    }),
    buildAgreement({
      id: 'vet-future',
      direction: 'inbound',
      messageTypes: ['agency.decision'],
      fields: [],
      scope: {},
      validFrom: '2020-06-01T00:00:00Z',
    }),
    buildAgreement({
      id: 'vet-versioned',
      direction: 'inbound',
      messageTypes: ['agency.decision'],
      fields: [],
      scope: {},
    }),
    buildAgreement({
      id: 'vet-versioned',
      version: 2,
      direction: 'inbound',
      messageTypes: ['agency.decision'],
      fields: [],
      scope: {},
      validFrom: '2020-01-02T00:00:00Z',
    }),
    buildAgreement({ id: 'vet-c2c-out', direction: 'outbound', messageTypes: ['c2c.export-declaration'], scope: {} }),
    buildAgreement({
      id: 'c2c-cn',
      memberId: 'partner-customs-cn',
      purpose: 'customs-cooperation',
      direction: 'both',
      messageTypes: ['declaration.released', 'c2c.export-declaration'],
      fields: [
        'functionalReferenceId',
        'typeCode',
        'consignment.exportCountryCode',
        'consignment.destinationCountryCode',
        'goodsItems[].sequence',
        'goodsItems[].classifications[].id',
        'goodsItems[].netMassKg',
        'goodsItems[].customsValue',
        'goodsItems[].originCountryCode',
      ],
      scope: {
        hsPrefixes: [
          '01',
          '02',
          '03',
          '04',
          '05',
          '06',
          '07',
          '08',
          '09',
          '10',
          '11',
          '12',
          '13',
          '14',
          '15',
          '16',
          '17',
          '18',
          '19',
          '20',
          '21',
          '22',
          '23',
          '24',
        ],
      },
    }),
  ];
  return {
    hub,
    vet,
    old,
    revoked,
    future,
    tax,
    suspended,
    partner,
    outsider,
    members,
    agreements,
    directory: createMemberDirectory(members),
  };
}

export type Network = ReturnType<typeof buildNetwork>;

export const signEnvelope = (envelope: Envelope, jwk: PrivateKeyJwk): string =>
  signJws(envelope, { signer: createSigner(jwk), typ: MESSAGE_TYP });

export const decision = (overrides: Partial<Envelope> = {}) => buildDecisionEnvelope(overrides);

/** What the hub's receive path does before it touches the store. */
export function check(
  network: Network,
  input: unknown,
  now: Date = NOW,
): Rejection | { status: 'accepted'; envelope: Envelope } {
  const opened = openMessage(input, { self: 'hub', now, directory: network.directory, verify: verifySignature });
  if (opened.status === 'rejected') return opened;
  const policy = checkInboundPolicy(opened.envelope, network.agreements, now);
  return policy.status === 'rejected' ? policy : { status: 'accepted', envelope: opened.envelope };
}

export const b64 = (text: string): string => encodeBase64url(utf8(text));

/** A compact JWS built from raw header and payload text, signed by `jwk` over exactly those bytes. */
export function rawJws(headerText: string, payloadText: string, jwk?: PrivateKeyJwk): string {
  const input = `${b64(headerText)}.${b64(payloadText)}`;
  if (!jwk) return `${input}.`;
  const key = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x, d: jwk.d }, format: 'jwk' });
  return `${input}.${encodeBase64url(nodeSign(null, utf8(input), key))}`;
}

export const header = (kid: string, extra: Record<string, unknown> = {}): string =>
  canonicalJson({ alg: 'EdDSA', kid, typ: 'tamga-message+jws', ...extra });

/** The classic algorithm-confusion forgery: HS256 keyed with the sender's public key. */
export function hs256WithPublicKey(publicKey: string, payloadText: string): string {
  const input = `${b64(canonicalJson({ alg: 'HS256', kid: 'vet-k1', typ: 'tamga-message+jws' }))}.${b64(payloadText)}`;
  return `${input}.${createHmac('sha256', publicKey).update(input).digest('base64url')}`;
}
