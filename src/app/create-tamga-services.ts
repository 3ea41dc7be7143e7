import { nodeSha256 } from '../adapters/node-sha256.js';
import { createIngestDeclarations, type StoredVersion } from '../core/ingest/ingest-declarations.js';
import type { DeclarationStore } from '../core/ports/declaration-store.js';
import { createDeclarationValidator, type DeclarationValidator } from '../core/validation/create-validator.js';
import type { DecodeOptions } from '../formats/decode-options.js';
import { decodeMessage } from '../formats/decode-message.js';
import { decodeStream } from '../formats/decode-stream.js';
import { loadReferenceData } from '../reference-data/load-reference-data.js';
import { createDeclarationStore, DEFAULT_STORE_URL } from '../store/create-declaration-store.js';
import { createMessageStores } from '../store/create-message-stores.js';
import { createIngestMessages } from '../messages/ingest-messages.js';
import { setUpExchange, type ExchangeSetupOptions } from './exchange-setup.js';
import { createIngestService } from './ingest-service.js';
import { setUpRisk } from './risk-setup.js';
import { createVerificationFactSource, refreshingOnRecord } from '../verification/verification-fact-source.js';
import type { RiskEngine } from '../risk/risk-engine.js';
import type { IngestBytesOptions, IngestStreamOptions, TamgaServices } from './tamga-services.js';

export interface TamgaServicesOptions {
  /** Store URL: `sqlite:<path>` (default `sqlite:./data/tamga.db`) or `postgres://...`. */
  db?: string;
  /** Clock; default the system time. */
  now?: () => Date;
  /** Declarations per store transaction (default 2,000). */
  batchSize?: number;
  /** Open the e-Customs exchange too (routing on ingest, members, message log). Off: no sharing. */
  exchange?: Omit<ExchangeSetupOptions, 'db'>;
}

/** The composition root: opens and migrates the store, loads reference data, wires the pipeline. */
export async function createTamgaServices(options: TamgaServicesOptions = {}): Promise<TamgaServices> {
  const db = options.db ?? DEFAULT_STORE_URL;
  const store = await createDeclarationStore(db);
  await store.migrate();
  const { messages, verificationFindings: findingStore } = createMessageStores(store);
  const now = options.now ?? (() => new Date());
  const reference = loadReferenceData();
  const validator = createDeclarationValidator({ reference, now });
  // Targeting rules read what verification found; a run recorded here is seen by the next decision.
  const verification = createVerificationFactSource(findingStore);
  const verificationFindings = refreshingOnRecord(findingStore, verification);
  const risk = await setUpRisk({ store, now, verification });
  await learnFromStore(store, validator, risk.engine);
  const exchange = options.exchange ? await setUpExchange({ db, ...options.exchange }) : undefined;
  // Routing first (the partner agencies learn of the declaration), then lanes and their events.
  const onStored = async (records: readonly StoredVersion[]) => {
    const accepted = records.filter((record) => record.status === 'accepted');
    if (exchange && accepted.length > 0)
      await exchange.hub.onDeclarationEvents(accepted.map((record) => ({ record, event: 'ingested' as const })));
    const laneEvents = await risk.onStored(accepted);
    if (exchange && laneEvents.length > 0) await exchange.hub.onDeclarationEvents(laneEvents);
  };
  const ingestDeclarations = risk.withLanes(
    createIngestDeclarations({ store, validator, sha256: nodeSha256, now, onStored, mrnLinks: messages }),
  );
  const ingest = createIngestService({
    ingestDeclarations,
    ingestMessages: createIngestMessages({ messages, sha256: nodeSha256, now }),
    ...(options.batchSize ? { batchSize: options.batchSize } : {}),
  });
  const decodeOptions = (mapping?: string): DecodeOptions => (mapping ? { csvMapping: mapping } : {});

  return {
    store,
    messages,
    verificationFindings,
    storeKind: db.startsWith('sqlite:') ? 'sqlite' : 'postgres',
    reference,
    validator,
    ingestBytes(bytes: Uint8Array, run: IngestBytesOptions) {
      return ingest.ingestEvents(decodeMessage(bytes, decodeOptions(run.mapping)), { source: run.source });
    },
    ingestStream(chunks: AsyncIterable<Uint8Array>, run: IngestStreamOptions) {
      return ingest.ingestEvents(decodeStream(chunks, decodeOptions(run.mapping)), {
        source: run.source,
        collect: false,
        ...(run.onBatch ? { onBatch: run.onBatch } : {}),
      });
    },
    decode(bytes: Uint8Array, mapping?: string) {
      return decodeMessage(bytes, decodeOptions(mapping));
    },
    ...(exchange ? { exchange } : {}),
    risk: { engine: risk.engine, explainers: risk.explainers },
    async close() {
      await exchange?.close();
      await store.close();
    },
  };
}

/** History-based rules (unit value per HS6) and the risk history start from what the store already holds. */
async function learnFromStore(store: DeclarationStore, validator: DeclarationValidator, risk: RiskEngine) {
  for await (const page of store.scan({ batchSize: 5000 })) {
    for (const { record } of page) if (record.status === 'accepted') validator.learn(record.declaration);
    await risk.observe(page);
  }
}
