import { Type } from '@sinclair/typebox';

const Key = Type.Object({
  kid: Type.String(),
  memberId: Type.String(),
  publicKey: Type.String(),
  validFrom: Type.String(),
  validUntil: Type.Optional(Type.String()),
  revokedAt: Type.Optional(Type.String()),
});

const Entry = Type.Object({
  seq: Type.Integer({ minimum: 1 }),
  hash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  text: Type.String(),
  messageId: Type.Optional(Type.String()),
});

/** The shape an evidence bundle file must have before its content is checked. */
export const EvidenceBundleSchema = Type.Object({
  format: Type.Literal('tamga-evidence/1'),
  messageId: Type.String(),
  exportedAt: Type.String(),
  message: Type.String(),
  senderKeys: Type.Array(Key),
  hubKeys: Type.Array(Key),
  chain: Type.Array(Entry, { minItems: 1 }),
  checkpoint: Type.Object({
    seq: Type.Integer({ minimum: 1 }),
    head: Type.String(),
    sealedAt: Type.String(),
    jws: Type.String(),
  }),
});
