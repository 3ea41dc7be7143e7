import type { Envelope } from '../../core/exchange/envelope.js';
import type { LogRecord } from '../../core/exchange/log-entry.js';
import type { MemberDirectory } from '../../core/exchange/member.js';
import { openMessage, type MessageLimits } from '../../core/exchange/open-message.js';
import type { MessageLogStore } from '../../core/exchange/ports/exchange-store.js';
import type { Rejection } from '../../core/exchange/rejection.js';
import { nodeSha256 } from '../../adapters/node-sha256.js';
import { verifySignature } from '../crypto/ed25519.js';

export interface MemberReceiverOptions {
  /** The member's own exchange store: its log and its processed ids. */
  store: MessageLogStore;
  memberId: string;
  /** Who may send to this member (the hub and its keys), as fetched from `GET /v1/exchange/keys`. */
  directory: () => Promise<MemberDirectory> | MemberDirectory;
  /**
   * The work to do per message, skipped for ids already recorded. It runs before the id is
   * recorded, so a crash in between reruns it: make it idempotent (or keep its effect in the
   * member store). Without it, the receiver only verifies and records.
   */
  process?: (envelope: Envelope) => Promise<void>;
  limits?: Partial<MessageLimits>;
  now?: () => Date;
}

export type MemberReceiveResult =
  { status: 'processed'; envelope: Envelope } | { status: 'duplicate'; messageId: string } | Rejection;

/**
 * The receiving side a member runs (an agency, a partner administration): verifies what the
 * hub sends (signature, key, recipient, times), keeps it in the member's own hash-chained log,
 * and processes each message id once however often the transport delivers it.
 */
export function createMemberReceiver(options: MemberReceiverOptions) {
  const now = options.now ?? (() => new Date());
  return {
    async receive(input: unknown): Promise<MemberReceiveResult> {
      const at = now();
      const opened = openMessage(input, {
        self: options.memberId,
        now: at,
        directory: await options.directory(),
        verify: verifySignature,
        limits: options.limits,
      });
      if (opened.status === 'rejected') {
        const digest = nodeSha256(typeof input === 'string' ? input : JSON.stringify(input));
        await options.store.appendLog([
          {
            direction: 'received',
            outcome: 'rejected',
            code: opened.code,
            digest,
            recordedAt: at.toISOString(),
            messageId: opened.messageId,
            sender: opened.sender,
          },
        ]);
        return opened;
      }
      const { envelope, jws } = opened;
      if (options.process) {
        if (await options.store.message(envelope.sender, envelope.id))
          return { status: 'duplicate', messageId: envelope.id };
        await options.process(envelope);
      }
      const digest = nodeSha256(jws.compact);
      const recordedAt = at.toISOString();
      const record: LogRecord = {
        direction: 'received',
        outcome: 'accepted',
        digest,
        recordedAt,
        messageId: envelope.id,
        correlationId: envelope.correlationId,
        sender: envelope.sender,
        recipient: envelope.recipient,
        type: envelope.type,
        purpose: envelope.purpose,
        agreement: envelope.agreement,
        kid: jws.header.kid,
      };
      const result = await options.store.recordReceived({
        message: {
          id: envelope.id,
          direction: 'received',
          sender: envelope.sender,
          recipient: envelope.recipient,
          type: envelope.type,
          correlationId: envelope.correlationId,
          declarationId: envelope.subject?.declarationId,
          declarationVersion: envelope.subject?.version,
          agreement: envelope.agreement,
          jws: jws.compact,
          digest,
          recordedAt,
          retainUntil: envelope.expiresAt,
        },
        record,
        rememberUntil: envelope.expiresAt,
      });
      return result.status === 'recorded'
        ? { status: 'processed', envelope }
        : { status: 'duplicate', messageId: envelope.id };
    },
  };
}

export type MemberReceiver = ReturnType<typeof createMemberReceiver>;
