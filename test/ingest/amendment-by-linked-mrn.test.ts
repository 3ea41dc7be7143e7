import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeSha256 } from '../../src/adapters/node-sha256.js';
import { createIngestDeclarations, type IncomingDeclaration } from '../../src/core/ingest/ingest-declarations.js';
import type { Declaration } from '../../src/core/model/declaration-schema.js';
import type { MessageStore } from '../../src/core/ports/message-store.js';
import { createMessageStores } from '../../src/store/create-message-stores.js';
import { SqliteDeclarationStore } from '../../src/store/sqlite/sqlite-declaration-store.js';
import { fixtureMessages } from '../contract/message-store/message-store-under-test.js';
import { buildDeclaration } from '../support/factories.js';

const LRN = 'U.7849431BQMLR';
const MRN = '24GBCN7NW8U7JWIAR4';
const accept = { validate: () => ({ findings: [], qualityScore: 100 }) };

let store: SqliteDeclarationStore;
let messages: MessageStore;

beforeEach(async () => {
  store = await SqliteDeclarationStore.create({ path: ':memory:' });
  await store.migrate();
  ({ messages } = createMessageStores(store));
});
afterEach(() => store.close());

const incoming = (declaration: Declaration, position = 0): IncomingDeclaration => ({
  declaration,
  format: 'json',
  position,
  raw: { body: new TextEncoder().encode(JSON.stringify(declaration)), mediaType: 'application/json' },
});

function ingest(withLinks: boolean) {
  const run = createIngestDeclarations({
    store,
    validator: accept,
    sha256: nodeSha256,
    now: () => new Date('2026-11-28T12:00:00Z'),
    ...(withLinks ? { mrnLinks: messages } : {}),
  });
  return (batch: IncomingDeclaration[]) => run(batch, 'test');
}

/** The amendment names the MRN only; its own reference differs from the original's LRN. */
const amendmentBy = (declarant: string) =>
  buildDeclaration({
    functionCode: '13',
    typeCode: 'COR',
    functionalReferenceId: 'AMEND-1',
    mrn: MRN,
    parties: { declarant: { id: declarant } },
  });

async function storeDmsacc(): Promise<void> {
  const { messages: batch, raw } = fixtureMessages('wco-notifications/TT_IM189a_01_DMSACC.xml');
  await messages.append(batch, raw);
}

describe('an amendment naming only the MRN that a DMSACC linked to the LRN', () => {
  it('becomes the next version of the declaration of the same declarant and LRN', async () => {
    const [original] = await ingest(true)([
      incoming(buildDeclaration({ functionalReferenceId: LRN, parties: { declarant: { id: 'GB111' } } })),
    ]);
    // A declaration of another declarant with the same LRN: the declarant decides.
    await ingest(true)([
      incoming(buildDeclaration({ functionalReferenceId: LRN, parties: { declarant: { id: 'GB222' } } })),
    ]);
    await storeDmsacc();
    const [amended] = await ingest(true)([incoming(amendmentBy('GB111'))]);
    expect(amended).toMatchObject({ id: original!.id, version: 2, status: 'accepted' });
    expect((await store.query({ mrn: MRN })).items.map((d) => d.id)).toEqual([original!.id]);
  });

  it('joins the only declaration holding the LRN when the declarants differ', async () => {
    const [original] = await ingest(true)([
      incoming(buildDeclaration({ functionalReferenceId: LRN, parties: { declarant: { id: 'GB111' } } })),
    ]);
    await storeDmsacc();
    const [amended] = await ingest(true)([incoming(amendmentBy('GB999'))]);
    expect(amended).toMatchObject({ id: original!.id, version: 2 });
  });

  it("guesses nothing when two declarants hold the LRN and neither is the amendment's", async () => {
    const first = await ingest(true)([
      incoming(buildDeclaration({ functionalReferenceId: LRN, parties: { declarant: { id: 'GB111' } } })),
      incoming(buildDeclaration({ functionalReferenceId: LRN, parties: { declarant: { id: 'GB222' } } }), 1),
    ]);
    await storeDmsacc();
    const [amended] = await ingest(true)([incoming(amendmentBy('GB999'))]);
    expect(amended!.version).toBe(1);
    expect(first.map((r) => r.id)).not.toContain(amended!.id);
  });

  it('stays a declaration of its own without the notification', async () => {
    const [original] = await ingest(true)([
      incoming(buildDeclaration({ functionalReferenceId: LRN, parties: { declarant: { id: 'GB111' } } })),
    ]);
    const [unlinked] = await ingest(true)([incoming(amendmentBy('GB111'))]);
    expect(unlinked).toMatchObject({ version: 1 });
    expect(unlinked!.id).not.toBe(original!.id);
  });

  it('stays a declaration of its own when the pipeline is not given the links', async () => {
    const [original] = await ingest(false)([
      incoming(buildDeclaration({ functionalReferenceId: LRN, parties: { declarant: { id: 'GB111' } } })),
    ]);
    await storeDmsacc();
    const [amended] = await ingest(false)([incoming(amendmentBy('GB111'))]);
    expect(amended).toMatchObject({ version: 1 });
    expect(amended!.id).not.toBe(original!.id);
  });
});
