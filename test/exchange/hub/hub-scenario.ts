import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/core/exchange/envelope.js';
import { createMemberDirectory } from '../../../src/core/exchange/member.js';
import { openMessage } from '../../../src/core/exchange/open-message.js';
import { verifySignature } from '../../../src/exchange/crypto/ed25519.js';
import { buildDeclaration, buildRecord } from '../support/factories.js';
import { signEnvelope } from '../support/network.js';
import { createTestHub, type TestHub } from '../support/test-hub.js';

/** What a member does with what it pulls: verify the hub's signature and open the envelope. */
export async function pullAndOpen(subject: TestHub, memberId: string): Promise<Envelope[]> {
  const page = await subject.hub.pullInbox(memberId, { limit: 500 });
  const directory = createMemberDirectory(await subject.store.members());
  return page.messages.map((item) => {
    const opened = openMessage(item.jws, { self: memberId, now: new Date(), directory, verify: verifySignature });
    if (opened.status !== 'verified') throw new Error(`${memberId} could not verify ${item.messageId}: ${opened.code}`);
    return opened.envelope;
  });
}

export function decisionFor(original: Envelope, overrides: Partial<Envelope> = {}): Envelope {
  const now = Date.now();
  return {
    id: `decision-${original.id}`,
    correlationId: original.correlationId,
    inReplyTo: original.id,
    sender: original.recipient,
    recipient: 'hub',
    purpose: original.purpose,
    agreement: { id: `${original.recipient}-decisions`, version: 1 },
    type: 'agency.decision',
    issuedAt: new Date(now).toISOString(),
    expiresAt: new Date(now + 3_600_000).toISOString(),
    subject: original.subject,
    body: { decision: { outcome: 'granted', certificateNumber: 'VC-2020-0042' } },
    ...overrides,
  };
}

/** The end-to-end flow of the done-when list, run on each store. */
export function hubScenario(storeKind: 'sqlite' | 'postgres'): void {
  describe(`exchange hub on ${storeKind}`, () => {
    let subject: TestHub;
    beforeAll(async () => {
      subject = await createTestHub({ store: storeKind });
    });
    afterAll(() => subject.cleanup());

    it('sends a chapter-02 declaration to the veterinary service with only the fields its agreement allows', async () => {
      const sent = await subject.hub.onDeclarationEvent({ record: buildRecord(), event: 'ingested' });
      expect(sent.map((message) => message.recipient)).toEqual(['vet']);
      const [envelope] = await pullAndOpen(subject, 'vet');
      expect(envelope).toMatchObject({
        sender: 'hub',
        recipient: 'vet',
        purpose: 'veterinary-control',
        agreement: { id: 'vet-import-control', version: 1 },
        type: 'declaration.ingested',
      });
      expect(envelope!.body).toEqual({
        event: 'ingested',
        declaration: {
          typeCode: 'IM',
          functionalReferenceId: 'LRN-2020-000123',
          issueDate: '2020-01-01',
          declarationOfficeId: '30',
          parties: {
            importer: { id: 'QLRUBN9', name: 'Seoul Meat Trading', address: { cityName: 'Seoul', countryCode: 'KR' } },
          },
          consignment: { exportCountryCode: 'AU' },
          transport: { arrival: { modeCode: '10', id: 'HMM ALGECIRAS' } },
          goodsItems: [
            {
              sequence: 1,
              description: 'Frozen boneless bovine meat',
              classifications: [{ id: '020230' }],
              originCountryCode: 'AU',
              netMassKg: 108,
              grossMassKg: 115,
              documents: [{ typeCode: 'VHC', id: 'AU-VET-2020-118' }],
            },
          ],
        },
      });
    });

    it('sends nothing to members without a matching agreement', async () => {
      for (const member of ['phyto', 'sq', 'tax', 'border', 'cb', 'transport', 'partner-customs-cn', 'outsider']) {
        expect(await subject.hub.pullInbox(member)).toEqual({ messages: [] });
      }
      const tilesOnly = buildRecord({
        id: 'dec-tiles',
        declaration: buildDeclaration({ goodsItems: [buildDeclaration().goodsItems[1]!] }),
      });
      expect(await subject.hub.onDeclarationEvent({ record: tilesOnly, event: 'ingested' })).toEqual([]);
    });

    it('on release, gives the border service, tax ministry, central bank and transport ministry each their own slice', async () => {
      const sent = await subject.hub.onDeclarationEvent({ record: buildRecord(), event: 'released' });
      expect(sent.map((message) => message.recipient).sort()).toEqual(['border', 'cb', 'tax', 'transport', 'vet']);
      const [bank] = await pullAndOpen(subject, 'cb');
      expect(bank!.body.declaration).toEqual({
        typeCode: 'IM',
        issueDate: '2020-01-01',
        currencyCode: 'KRW',
        invoiceAmount: 748006,
        consignment: { exportCountryCode: 'AU', destinationCountryCode: 'KR', incotermCode: 'CIF' },
        goodsItems: [
          {
            classifications: [{ id: '020230' }],
            originCountryCode: 'AU',
            customsValue: 372254.4,
            itemPrice: 372254.4,
            currencyCode: 'KRW',
          },
          {
            classifications: [{ id: '690722' }],
            originCountryCode: 'CN',
            customsValue: 375751.6,
            itemPrice: 375751.6,
            currencyCode: 'KRW',
          },
        ],
      });
      expect(JSON.stringify(bank!.body)).not.toContain('QLRUBN9');
      const [transport] = await pullAndOpen(subject, 'transport');
      expect(transport!.body.declaration).toMatchObject({ consignment: { containers: [{ id: 'MSCU1234565' }] } });
      expect(JSON.stringify(transport!.body)).not.toContain('SL-1');
    });

    it('routes to the partner administration only what was dispatched from its country', async () => {
      const fromChina = buildRecord({
        id: 'dec-cn',
        declaration: buildDeclaration({ consignment: { exportCountryCode: 'CN', destinationCountryCode: 'KR' } }),
      });
      const sent = await subject.hub.onDeclarationEvent({ record: fromChina, event: 'released' });
      expect(sent.map((message) => message.recipient)).toContain('partner-customs-cn');
      const [c2c] = await pullAndOpen(subject, 'partner-customs-cn');
      expect(c2c).toMatchObject({ purpose: 'customs-cooperation', agreement: { id: 'c2c-cn', version: 1 } });
    });

    it('takes back a veterinary decision, attaches it to the declaration and lifts the hold', async () => {
      const record = buildRecord({ id: 'dec-hold' });
      await subject.hub.onDeclarationEvent({ record, event: 'ingested' });
      expect(await subject.hub.holds('dec-hold')).toMatchObject([{ memberId: 'vet', status: 'awaiting-decision' }]);
      const original = (await pullAndOpen(subject, 'vet')).find((envelope) => envelope.correlationId === 'dec-hold')!;
      const jws = signEnvelope(decisionFor(original), subject.members.vet!.key);
      const result = await subject.hub.receive({ input: jws, authenticatedMemberId: 'vet' });
      expect(result).toMatchObject({ status: 'accepted', sender: 'vet', type: 'agency.decision' });
      expect(await subject.hub.decisions('dec-hold')).toMatchObject([
        { memberId: 'vet', outcome: 'granted', certificateNumber: 'VC-2020-0042', inReplyTo: original.id },
      ]);
      expect(await subject.hub.holds('dec-hold')).toEqual([]);
    });

    it('refuses a replay of an accepted decision and processes it once', async () => {
      const original = (await pullAndOpen(subject, 'vet')).find((envelope) => envelope.correlationId === 'dec-hold')!;
      const jws = signEnvelope(decisionFor(original), subject.members.vet!.key);
      expect(await subject.hub.receive({ input: jws, authenticatedMemberId: 'vet' })).toMatchObject({
        status: 'rejected',
        code: 'replayed',
      });
      expect(await subject.hub.decisions('dec-hold')).toHaveLength(1);
    });

    it('refuses a decision that answers a message never sent to that member (unknown-correlation)', async () => {
      const [vetMessage] = await pullAndOpen(subject, 'vet');
      const forged = decisionFor({ ...vetMessage!, id: 'no-such-message' });
      expect(
        await subject.hub.receive({
          input: signEnvelope(forged, subject.members.vet!.key),
          authenticatedMemberId: 'vet',
        }),
      ).toMatchObject({ code: 'unknown-correlation' });
      const [bankMessage] = await pullAndOpen(subject, 'cb');
      const answersOther = decisionFor(vetMessage!, { id: 'decision-other', inReplyTo: bankMessage!.id });
      expect(
        await subject.hub.receive({
          input: signEnvelope(answersOther, subject.members.vet!.key),
          authenticatedMemberId: 'vet',
        }),
      ).toMatchObject({ code: 'unknown-correlation' });
    });

    it('refuses a message whose signer is not the member that authenticated (sender-not-authenticated)', async () => {
      const [vetMessage] = await pullAndOpen(subject, 'vet');
      const jws = signEnvelope(decisionFor(vetMessage!, { id: 'relayed-by-tax' }), subject.members.vet!.key);
      expect(await subject.hub.receive({ input: jws, authenticatedMemberId: 'tax' })).toMatchObject({
        code: 'sender-not-authenticated',
      });
    });

    it('logs every message sent, accepted and refused, in an intact chain', async () => {
      const result = await subject.hub.verifyLog();
      expect(result).toMatchObject({ status: 'intact' });
      const entries = await subject.store.logPage(0, 1000);
      const outcomes = entries.map(
        (entry) => JSON.parse(entry.text) as { direction: string; outcome: string; code?: string },
      );
      expect(outcomes.filter((entry) => entry.direction === 'sent').length).toBeGreaterThanOrEqual(10);
      expect(outcomes.filter((entry) => entry.code).map((entry) => entry.code)).toEqual([
        'replayed',
        'unknown-correlation',
        'unknown-correlation',
        'sender-not-authenticated',
      ]);
    });
  });
}
