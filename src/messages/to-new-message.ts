import type { RawMessage } from '../core/model/record.js';
import type { NewMessage } from '../core/ports/message-store.js';
import type { Sha256 } from '../core/ports/hasher.js';
import type { DecodedMessage } from '../formats/decode-event.js';
import { messageIdentifiers, messageIssuedAt } from './message-identifiers.js';

export interface MessageOrigin {
  /** Lineage source: `api`, `file:<path>`... */
  source: string;
  /** ISO 8601 time of receipt. */
  receivedAt: string;
  sha256: Sha256;
}

/**
 * A decoded message as the store keeps it, with its raw bytes. The id derives from the raw unit and
 * the place in it, so that receiving the same bytes again is recognised as a duplicate.
 */
export function toNewMessage(decoded: DecodedMessage, origin: MessageOrigin): { message: NewMessage; raw: RawMessage } {
  const rawSha256 = origin.sha256(decoded.raw.body);
  const issuedAt = messageIssuedAt(decoded);
  const message: NewMessage = {
    id: `msg_${origin.sha256(`${rawSha256}:${decoded.position}`).slice(0, 26)}`,
    messageType: decoded.messageType,
    name: decoded.name,
    identifiers: messageIdentifiers(decoded),
    ...(issuedAt ? { issuedAt } : {}),
    body: decoded.message,
    lineage: {
      source: origin.source,
      format: decoded.format,
      receivedAt: origin.receivedAt,
      rawSha256,
      rawPosition: decoded.position,
    },
    warnings: decoded.warnings,
  };
  return { message, raw: { sha256: rawSha256, mediaType: decoded.raw.mediaType, body: decoded.raw.body } };
}
