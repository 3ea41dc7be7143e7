import type { DeclarationStore } from '../core/ports/declaration-store.js';
import type { MessageStore } from '../core/ports/message-store.js';
import type { VerificationFindingStore } from '../core/ports/verification-finding-store.js';
import type { ReferenceData } from '../core/reference/reference-data.js';
import type { DeclarationValidator } from '../core/validation/create-validator.js';
import type { DecodeEvent } from '../formats/decode-event.js';
import type { Exchange } from './exchange-setup.js';
import type { RiskSetup } from './risk-setup.js';
import type { IngestBatch, IngestReport } from './ingest-service.js';

export interface IngestBytesOptions {
  /** Lineage source, e.g. `api`, `file:<path>`. */
  source: string;
  /** Content-Type hint; the content decides. */
  mediaType?: string;
  /** CSV column-mapping name (detected from the header when absent). */
  mapping?: string;
}

export interface IngestStreamOptions extends IngestBytesOptions {
  /** Called after each stored batch (progress, tallies). */
  onBatch?: (batch: IngestBatch) => void;
}

/** What the adapters use of the risk engine. */
export type RiskServices = Pick<RiskSetup, 'engine' | 'explainers'>;

/** Everything the HTTP and CLI adapters use, wired by the composition root. */
export interface TamgaServices {
  store: DeclarationStore;
  /** Received messages other than declarations (notifications, ENS, transit, cargo reports). */
  messages: MessageStore;
  /** Verification findings per declaration, and which declarations were checked. */
  verificationFindings: VerificationFindingStore;
  storeKind: 'sqlite' | 'postgres';
  reference: ReferenceData;
  validator: DeclarationValidator;
  /** Decodes, validates and stores one message (an API body); per-item results. */
  ingestBytes(bytes: Uint8Array, options: IngestBytesOptions): Promise<IngestReport>;
  /** The same for a stream of any size, in bounded memory: results go to `onBatch` only. */
  ingestStream(chunks: AsyncIterable<Uint8Array>, options: IngestStreamOptions): Promise<IngestReport>;
  /** The e-Customs exchange, when opened (serve, ingest). */
  exchange?: Exchange;
  /** The risk engine (lanes at ingest, models, decisions, inspection results) and its explainers. */
  risk?: RiskServices;
  /** Decodes without storing (for `tamga validate`). */
  decode(bytes: Uint8Array, mapping?: string): Iterable<DecodeEvent>;
  close(): Promise<void>;
}
