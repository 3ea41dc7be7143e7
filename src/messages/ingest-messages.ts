import type { RawMessage } from '../core/model/record.js';
import type { Sha256 } from '../core/ports/hasher.js';
import type { MessageStore } from '../core/ports/message-store.js';
import type { DecodedMessage, MessageType, MessageWarning } from '../formats/decode-event.js';
import { toNewMessage } from './to-new-message.js';

/** What became of one received message that is not a declaration. */
export interface IngestedMessage {
  status: 'stored' | 'duplicate';
  id: string;
  messageType: MessageType;
  /** `DMSACC`, `CC015C`, `CUSCAR`... */
  name: string;
  position: number;
  warnings: MessageWarning[];
}

export interface IngestMessagesDependencies {
  messages: MessageStore;
  sha256: Sha256;
  now: () => Date;
}

/** Stores decoded messages with their raw bytes and lineage, one transaction per batch. */
export function createIngestMessages(deps: IngestMessagesDependencies) {
  return async function ingestMessages(batch: readonly DecodedMessage[], source: string): Promise<IngestedMessage[]> {
    if (batch.length === 0) return [];
    const receivedAt = deps.now().toISOString();
    const built = batch.map((decoded) => toNewMessage(decoded, { source, receivedAt, sha256: deps.sha256 }));
    const raws = new Map<string, RawMessage>(built.map(({ raw }) => [raw.sha256, raw]));
    const results = await deps.messages.append(
      built.map(({ message }) => message),
      [...raws.values()],
    );
    return results.map((result, index) => {
      const decoded = batch[index]!;
      return {
        status: result.status,
        id: result.id,
        messageType: decoded.messageType,
        name: decoded.name,
        position: decoded.position,
        warnings: decoded.warnings,
      };
    });
  };
}
