import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvidenceBundle, EvidenceCheckName } from '../../../src/core/exchange/evidence.js';
import { chainRecords, type LogRecord } from '../../../src/core/exchange/log-entry.js';
import { verifyEvidence } from '../../../src/core/exchange/verify-evidence.js';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import { generateKeyPair, verifySignature } from '../../../src/exchange/crypto/ed25519.js';
import { rotateMemberKey } from '../../../src/exchange/admin/rotate-member-key.js';
import { buildRecord } from '../support/factories.js';
import { b64, signEnvelope } from '../support/network.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { decisionFor, pullAndOpen } from './hub-scenario.js';

const check = (bundle: unknown, trustedHubKeys?: string[]) =>
  verifyEvidence(bundle, { sha256: nodeSha256, verify: verifySignature, trustedHubKeys });
const failed = (bundle: unknown, trustedHubKeys?: string[]): EvidenceCheckName[] =>
  check(bundle, trustedHubKeys)
    .checks.filter((item) => !item.ok)
    .map((item) => item.check);
const okChecks = (bundle: unknown): EvidenceCheckName[] =>
  check(bundle)
    .checks.filter((item) => item.ok)
    .map((item) => item.check);
const copy = (bundle: EvidenceBundle): EvidenceBundle => JSON.parse(JSON.stringify(bundle)) as EvidenceBundle;

describe('evidence bundles', () => {
  let subject: TestHub;
  let sentBundle: EvidenceBundle;
  let decisionBundle: EvidenceBundle;
  let decisionId: string;
  beforeAll(async () => {
    subject = await createTestHub();
    await subject.hub.onDeclarationEvent({ record: buildRecord(), event: 'ingested' });
    const [original] = await pullAndOpen(subject, 'vet');
    const decision = decisionFor(original!);
    decisionId = decision.id;
    await subject.hub.receive({
      input: signEnvelope(decision, subject.members.vet!.key),
      authenticatedMemberId: 'vet',
    });
    await subject.hub.onDeclarationEvent({ record: buildRecord({ id: 'dec-later' }), event: 'released' });
    const sent = await subject.hub.exportEvidence(original!.id);
    const received = await subject.hub.exportEvidence(decisionId);
    if (sent.status !== 'exported' || received.status !== 'exported') throw new Error('export failed');
    sentBundle = sent.bundle;
    decisionBundle = received.bundle;
  });
  afterAll(() => subject.cleanup());

  it('exports a message the hub sent with a chain to a checkpoint sealed on demand, which verifies alone', () => {
    expect(sentBundle.chain[0]!.seq).toBe(1);
    expect(sentBundle.checkpoint.seq).toBe(sentBundle.chain.at(-1)!.seq);
    expect(check(sentBundle)).toMatchObject({ status: 'valid', messageId: sentBundle.messageId });
    expect(check(JSON.parse(JSON.stringify(sentBundle)))).toMatchObject({ status: 'valid' });
  });

  it('exports a decision a member sent, signed with the member key', () => {
    expect(decisionBundle.senderKeys.map((key) => key.memberId)).toEqual(['vet']);
    expect(check(decisionBundle).status).toBe('valid');
  });

  it('reuses the first checkpoint at or after the entry', async () => {
    const again = await subject.hub.exportEvidence(sentBundle.messageId);
    expect(again.status === 'exported' && again.bundle.checkpoint).toEqual(sentBundle.checkpoint);
  });

  it('passes with the hub key pinned, and fails with another key pinned', () => {
    expect(check(sentBundle, [subject.hubKey.x]).status).toBe('valid');
    expect(failed(sentBundle, [generateKeyPair('other').x])).toEqual(['hub-key-trust']);
  });

  it('fails a tampered message, and still reports the chain it checked', () => {
    const bundle = copy(decisionBundle);
    const [header, payload, signature] = bundle.message.split('.') as [string, string, string];
    const text = Buffer.from(payload, 'base64url').toString('utf8').replace('VC-2020-0042', 'VC-2020-9999');
    bundle.message = `${header}.${b64(text)}.${signature}`;
    expect(failed(bundle)).toEqual(['message-signature', 'log-entry']);
    expect(okChecks(bundle)).toContain('chain');
  });

  it('fails a rewritten chain even though the message signature is good (the gap X-Road leaves open)', () => {
    const bundle = copy(decisionBundle);
    const content = JSON.parse(bundle.chain[0]!.text) as LogRecord & { seq: number; prevHash: string };
    const record: Record<string, unknown> = { ...content, recordedAt: '2019-01-01T00:00:00.000Z' };
    delete record.seq;
    delete record.prevHash;
    const [rewritten] = chainRecords(
      { seq: content.seq - 1, hash: content.prevHash },
      [record as unknown as LogRecord],
      nodeSha256,
    );
    bundle.chain[0] = rewritten!;
    const result = check(bundle);
    expect(result.status).toBe('invalid');
    expect(result.checks.find((item) => item.check === 'message-signature')).toMatchObject({ ok: true });
    expect(result.checks.find((item) => item.check === 'chain')).toMatchObject({
      ok: false,
      detail: expect.stringContaining('does not follow'),
    });
  });

  it('fails an entry altered without recomputing its hash', () => {
    const bundle = copy(sentBundle);
    const last = bundle.chain.length - 1;
    bundle.chain[last] = { ...bundle.chain[last]!, text: bundle.chain[last]!.text.replace('"sent"', '"received"') };
    expect(failed(bundle)).toContain('chain');
  });

  it('fails a checkpoint whose head was changed, or whose signature is forged', () => {
    const moved = copy(sentBundle);
    moved.checkpoint.head = '0'.repeat(64);
    expect(failed(moved)).toEqual(['checkpoint-head', 'checkpoint-signature']);
    const forged = copy(sentBundle);
    const [header, payload] = forged.checkpoint.jws.split('.') as [string, string];
    forged.checkpoint.jws = `${header}.${payload}.${Buffer.alloc(64, 1).toString('base64url')}`;
    expect(failed(forged)).toEqual(['checkpoint-signature']);
  });

  it('fails a bundle whose sender keys were swapped for the attacker own', () => {
    const bundle = copy(decisionBundle);
    bundle.senderKeys = bundle.senderKeys.map((key) => ({ ...key, publicKey: generateKeyPair('x').x }));
    expect(failed(bundle)).toEqual(['message-signature']);
  });

  it('refuses what is not a bundle', () => {
    expect(check({ format: 'zip' })).toMatchObject({
      status: 'invalid',
      checks: [{ check: 'bundle-format', ok: false }],
    });
    expect(check({ ...sentBundle, chain: [] }).checks[0]).toMatchObject({ check: 'bundle-format', ok: false });
  });

  it('stays valid after the member rotates its key', async () => {
    await rotateMemberKey({ store: subject.store, memberId: 'vet', graceSeconds: 0 });
    const again = await subject.hub.exportEvidence(decisionId);
    expect(again.status === 'exported' && check(again.bundle).status).toBe('valid');
  });

  it('says what it cannot export', async () => {
    expect(await subject.hub.exportEvidence('no-such-message')).toMatchObject({ status: 'not-found' });
    await subject.store.purgeBodies('2999-01-01T00:00:00.000Z');
    expect(await subject.hub.exportEvidence(decisionId)).toMatchObject({ status: 'purged' });
    expect(await subject.hub.verifyLog()).toMatchObject({ status: 'intact' });
  });
});
