import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agreement } from '../../../src/core/exchange/agreement.js';
import { createMemberDirectory } from '../../../src/core/exchange/member.js';
import { openMessage } from '../../../src/core/exchange/open-message.js';
import { revokeMemberKey, rotateMemberKey } from '../../../src/exchange/admin/rotate-member-key.js';
import { verifySignature } from '../../../src/exchange/crypto/ed25519.js';
import { buildRecord } from '../support/factories.js';
import { signEnvelope } from '../support/network.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';
import { decisionFor, pullAndOpen } from './hub-scenario.js';

const vetV1 = JSON.parse(readFileSync('config/agreements/vet-import-control.json', 'utf8')) as Agreement;

describe('agreement versions and key rotation', () => {
  let subject: TestHub;
  beforeAll(async () => {
    subject = await createTestHub();
  });
  afterAll(() => subject.cleanup());

  it('applies a new agreement version to new messages only, and the log names the version that applied', async () => {
    await subject.hub.onDeclarationEvent({ record: buildRecord({ id: 'dec-before' }), event: 'ingested' });
    const v2: Agreement = {
      ...vetV1,
      version: 2,
      fields: ['goodsItems[].sequence', 'goodsItems[].classifications[].id'],
      validFrom: new Date(Date.now() - 1000).toISOString(),
    };
    expect(await subject.store.saveAgreement(v2)).toBe('stored');
    await subject.hub.onDeclarationEvent({ record: buildRecord({ id: 'dec-after' }), event: 'ingested' });
    const envelopes = await pullAndOpen(subject, 'vet');
    const before = envelopes.find((envelope) => envelope.correlationId === 'dec-before')!;
    const after = envelopes.find((envelope) => envelope.correlationId === 'dec-after')!;
    expect(before.agreement.version).toBe(1);
    expect(Object.keys(before.body.declaration as object).length).toBeGreaterThan(2);
    expect(after.agreement.version).toBe(2);
    expect(after.body.declaration).toEqual({ goodsItems: [{ sequence: 1, classifications: [{ id: '020230' }] }] });
    const logged = (await subject.store.logPage(0, 100)).map(
      (entry) => JSON.parse(entry.text) as { messageId: string; agreement: { version: number } },
    );
    expect(logged.find((entry) => entry.messageId === before.id)!.agreement.version).toBe(1);
    expect(logged.find((entry) => entry.messageId === after.id)!.agreement.version).toBe(2);
  });

  it('refuses a member key rotated out, and accepts the new one', async () => {
    const [original] = await pullAndOpen(subject, 'vet');
    const oldKey = subject.members.vet!.key;
    const rotated = await rotateMemberKey({ store: subject.store, memberId: 'vet', kid: 'vet-2025-k2' });
    if (rotated.status !== 'rotated') throw new Error('rotation failed');
    expect(rotated.retired).toEqual([oldKey.kid]);
    const withOld = signEnvelope(decisionFor(original!, { id: 'signed-with-old' }), oldKey);
    expect(await subject.hub.receive({ input: withOld, authenticatedMemberId: 'vet' })).toMatchObject({
      status: 'rejected',
      code: 'key-expired',
    });
    const withNew = signEnvelope(decisionFor(original!, { id: 'signed-with-new' }), rotated.privateKey!);
    expect(await subject.hub.receive({ input: withNew, authenticatedMemberId: 'vet' })).toMatchObject({
      status: 'accepted',
    });
    subject.members.vet!.key = rotated.privateKey!;
  });

  it('keeps the old key valid for the grace period when asked', async () => {
    const [original] = await pullAndOpen(subject, 'vet');
    const current = subject.members.vet!.key;
    const rotated = await rotateMemberKey({
      store: subject.store,
      memberId: 'vet',
      kid: 'vet-2025-k3',
      graceSeconds: 3600,
    });
    if (rotated.status !== 'rotated') throw new Error('rotation failed');
    const inGrace = signEnvelope(decisionFor(original!, { id: 'signed-in-grace' }), current);
    expect(await subject.hub.receive({ input: inGrace, authenticatedMemberId: 'vet' })).toMatchObject({
      status: 'accepted',
    });
    subject.members.vet!.key = rotated.privateKey!;
  });

  it('refuses a revoked key at once', async () => {
    const [original] = await pullAndOpen(subject, 'vet');
    expect(await revokeMemberKey({ store: subject.store, kid: 'vet-2025-k3' })).toBe(true);
    const signed = signEnvelope(decisionFor(original!, { id: 'signed-revoked' }), subject.members.vet!.key);
    expect(await subject.hub.receive({ input: signed, authenticatedMemberId: 'vet' })).toMatchObject({
      status: 'rejected',
      code: 'key-revoked',
    });
  });

  it('lets members verify the hub across a rotation of the hub key with a grace period', async () => {
    await subject.hub.onDeclarationEvent({ record: buildRecord({ id: 'dec-old-hub-key' }), event: 'ingested' });
    const rotated = await rotateMemberKey({
      store: subject.store,
      memberId: 'hub',
      kid: 'hub-2025-k2',
      graceSeconds: 600,
    });
    if (rotated.status !== 'rotated') throw new Error('rotation failed');
    subject.hub.useSigningKey(rotated.privateKey!);
    await subject.hub.onDeclarationEvent({ record: buildRecord({ id: 'dec-new-hub-key' }), event: 'ingested' });
    expect((await subject.hub.hubKeys()).map((key) => key.kid)).toEqual([subject.hubKey.kid, 'hub-2025-k2']);
    const directory = createMemberDirectory(await subject.store.members());
    const items = await subject.store.inbox('vet', { limit: 500 });
    const opened = items.map((item) =>
      openMessage(item.jws, { self: 'vet', now: new Date(), directory, verify: verifySignature }),
    );
    expect(opened.every((result) => result.status === 'verified')).toBe(true);
    const kids = opened.map((result) => (result.status === 'verified' ? result.jws.header.kid : ''));
    expect(kids).toContain(subject.hubKey.kid);
    expect(kids.at(-1)).toBe('hub-2025-k2');
    expect(await subject.hub.verifyLog()).toMatchObject({ status: 'intact' });
  });
});
