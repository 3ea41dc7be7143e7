import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewMessage } from '../../src/core/ports/message-store.js';
import {
  fixtureBytes,
  fixtureMessages,
  type CurrentMessageStores,
  type MessageStoresUnderTest,
  type OpenMessageStores,
} from './message-store/message-store-under-test.js';
import { verificationFindingStoreContract } from './verification-finding-store.contract.js';

export type { MessageStoresUnderTest, OpenMessageStores } from './message-store/message-store-under-test.js';

const DMSACC = 'wco-notifications/TT_IM189a_01_DMSACC.xml';
const CC029C = 'eu-ncts5-ctc-xml/cc029c-valid.xml';
const CUSCAR = 'edifact/messages/CUSCAR_D99A_two_messages.edi';
const ENS = 'eu-ics1-ens-xml/CC315A_full.xml';

async function storeAll(messages: MessageStoresUnderTest['messages'], paths: string[]) {
  for (const path of paths) {
    const { messages: batch, raw } = fixtureMessages(path);
    await messages.append(batch, raw);
  }
}

function messageContract(use: CurrentMessageStores): void {
  it('stores a message with its raw bytes and reads back every field', async () => {
    const { messages } = use();
    const { messages: batch, raw } = fixtureMessages(DMSACC);
    expect(await messages.append(batch, raw)).toEqual([{ status: 'stored', id: batch[0]!.id }]);
    const stored = await messages.get(batch[0]!.id);
    expect(stored).toMatchObject({
      ...batch[0],
      identifiers: { mrn: '24GBCN7NW8U7JWIAR4', lrn: 'U.7849431BQMLR', documents: [], containers: [] },
    });
    expect(Date.parse(stored!.storedAt)).toBeGreaterThan(0);
    const bytes = await messages.raw(batch[0]!.id);
    expect(Buffer.compare(Buffer.from(bytes!.body), fixtureBytes(DMSACC))).toBe(0);
    expect(bytes!.sha256).toBe(batch[0]!.lineage.rawSha256);
  });

  it('answers the same message again as a duplicate, within a batch and across batches', async () => {
    const { messages } = use();
    const sql = (text: string) => use().sql(text);
    const { messages: batch, raw } = fixtureMessages(CC029C);
    const twice = [batch[0]!, batch[0]!];
    expect((await messages.append(twice, [...raw, ...raw])).map((r) => r.status)).toEqual(['stored', 'duplicate']);
    expect((await messages.append(batch, raw)).map((r) => r.status)).toEqual(['duplicate']);
    expect(await sql('SELECT count(*) AS n FROM messages')).toEqual([{ n: expect.anything() }]);
    expect(Number((await sql('SELECT count(*) AS n FROM messages'))[0]!.n)).toBe(1);
  });

  it('finds messages by type, MRN, LRN, transport document and container, in arrival order', async () => {
    const { messages } = use();
    await storeAll(messages, [DMSACC, CC029C, CUSCAR, ENS]);
    const names = async (query: Parameters<typeof messages.query>[0]) =>
      (await messages.query(query)).items.map((m) => m.name);
    expect(await names({})).toEqual(['DMSACC', 'CC029C', 'CUSCAR', 'CUSCAR', 'CC315A']);
    expect(await names({ type: 'cargo-report' })).toEqual(['CUSCAR', 'CUSCAR']);
    expect(await names({ mrn: '27WF9X1FQ9RCKN0TM3' })).toEqual(['CC029C']);
    expect(await names({ mrn: ' 24GBCN7NW8U7JWIAR4 ', type: 'notification' })).toEqual(['DMSACC']);
    expect(await names({ lrn: 'MDTP-18' })).toEqual(['CC029C']);
    // The D99A carrier files its bill of lading as transport information only (FTX TRA).
    const second = (await messages.query({ document: 'xxxx5086746' })).items;
    expect(second.map((m) => (m.body as { messageReference: string }).messageReference)).toEqual(['163478']);
    expect(await names({ document: 'MOL-EU2-HFA-012W-XXXX8896514-01' })).toEqual(['CUSCAR']);
    expect(await names({ type: 'transit', lrn: 'U.7849431BQMLR' })).toEqual([]);
    // CONNR2 "Container 2" of CC315A_full, written differently: references compare as letters and digits.
    expect(await names({ container: 'container-2' })).toEqual(['CC315A']);
    expect(await names({ container: 'container-3' })).toEqual([]);
  });

  it('pages with a cursor and refuses a cursor or limit it did not issue', async () => {
    const { messages } = use();
    await storeAll(messages, [DMSACC, CC029C, CUSCAR, ENS]);
    const first = await messages.query({ limit: 2 });
    expect(first.items).toHaveLength(2);
    const second = await messages.query({ limit: 2, cursor: first.nextCursor! });
    const third = await messages.query({ limit: 2, cursor: second.nextCursor! });
    expect([...first.items, ...second.items, ...third.items].map((m) => m.name)).toEqual([
      'DMSACC',
      'CC029C',
      'CUSCAR',
      'CUSCAR',
      'CC315A',
    ]);
    expect(third.nextCursor).toBeUndefined();
    await expect(messages.query({ cursor: 'nonsense' })).rejects.toMatchObject({ code: 'invalid-query' });
    await expect(messages.query({ limit: 0 })).rejects.toMatchObject({ code: 'invalid-query' });
    await expect(messages.query({ type: 'invoice' as 'ens' })).rejects.toMatchObject({ code: 'invalid-query' });
  });

  it('scans one type in pages', async () => {
    const { messages } = use();
    await storeAll(messages, [CUSCAR, DMSACC, CUSCAR]);
    const pages = [];
    for await (const page of messages.scan('cargo-report', 1)) pages.push(page.map((m) => m.name));
    expect(pages).toEqual([['CUSCAR'], ['CUSCAR']]);
  });

  it('links an MRN to the LRNs notifications gave it, newest first, notifications only', async () => {
    const { messages } = use();
    await storeAll(messages, [CC029C, DMSACC]);
    expect(await messages.lrnsForMrn('24GBCN7NW8U7JWIAR4')).toEqual(['U.7849431BQMLR']);
    // CC029C links MRN 27WF... to LRN MDTP-18, but it is a transit movement, not a declaration.
    expect(await messages.lrnsForMrn('27WF9X1FQ9RCKN0TM3')).toEqual([]);
    const { messages: batch, raw } = fixtureMessages(DMSACC);
    const later: NewMessage = {
      ...batch[0]!,
      id: 'msg_later',
      identifiers: { ...batch[0]!.identifiers, lrn: 'U.RESUBMITTED' },
    };
    await messages.append([later], raw);
    expect(await messages.lrnsForMrn('24GBCN7NW8U7JWIAR4')).toEqual(['U.RESUBMITTED', 'U.7849431BQMLR']);
  });

  it('writes a batch all or nothing, and checks raw hashes before writing', async () => {
    const { messages } = use();
    const good = fixtureMessages(DMSACC);
    const bad: NewMessage = { ...fixtureMessages(CC029C).messages[0]!, messageType: 'invoice' as 'ens' };
    await expect(messages.append([good.messages[0]!, bad], good.raw)).rejects.toMatchObject({
      code: 'append-failed',
    });
    expect((await messages.query({})).items).toEqual([]);
    expect(await messages.raw(good.messages[0]!.id)).toBeUndefined();
    const wrongHash = { ...good.raw[0]!, sha256: '0'.repeat(64) };
    await expect(messages.append(good.messages, [wrongHash])).rejects.toMatchObject({ code: 'raw-hash-mismatch' });
  });

  it('refuses updates and deletes at the database (append-only)', async () => {
    const { messages } = use();
    const sql = (text: string) => use().sql(text);
    await storeAll(messages, [CUSCAR]);
    await expect(sql(`UPDATE messages SET name = 'X'`)).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM messages')).rejects.toThrow(/append-only/);
    await expect(sql('DELETE FROM message_references')).rejects.toThrow(/append-only/);
    expect((await messages.query({})).items).toHaveLength(2);
  });
}

/** The MessageStore and VerificationFindingStore contracts, on one engine. */
export function messageStoresContract(engine: string, open: OpenMessageStores): void {
  describe(`MessageStore and VerificationFindingStore contracts (${engine})`, () => {
    let current: MessageStoresUnderTest | undefined;
    beforeEach(async () => {
      current = await open();
    });
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });
    const use = () => {
      if (!current) throw new Error('no store open');
      return current;
    };
    describe('messages', () => messageContract(use));
    describe('verification findings', () => verificationFindingStoreContract(use));
  });
}
