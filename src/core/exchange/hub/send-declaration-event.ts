import type { DeclarationRecord } from '../../model/record.js';
import type { AgreementRef } from '../agreement.js';
import { MESSAGE_TYP } from '../envelope.js';
import { signJws } from '../jws.js';
import type { LogRecord } from '../log-entry.js';
import type { DeliveryMode } from '../member.js';
import type { MessageType, RoutingEvent } from '../message-type.js';
import type { SentItem } from '../ports/exchange-store.js';
import { routeDeclaration } from '../route-declaration.js';
import type { ExchangeContext } from './exchange-context.js';

export interface DeclarationEvent {
  record: DeclarationRecord;
  event: RoutingEvent;
  /** The lane, for `lane-assigned`. */
  lane?: string;
}

/** A message the hub signed, logged and owes to a member. */
export interface SentMessage {
  messageId: string;
  recipient: string;
  type: MessageType;
  agreement: AgreementRef;
  delivery: DeliveryMode;
  jws: string;
}

const DAY_MS = 86_400_000;

/**
 * Routes a declaration event: one message per member whose agreement in force covers it,
 * projected onto that agreement's fields, signed by the hub, appended to the log and owed
 * to the member, in one transaction. Publishing to the broker follows (see exchange-hub).
 */
export async function sendDeclarationEvent(context: ExchangeContext, event: DeclarationEvent): Promise<SentMessage[]> {
  const { members, agreements } = await context.registry.snapshot();
  const now = context.now();
  const routed = routeDeclaration({
    ...event,
    members,
    agreements,
    hubId: context.hubId,
    now,
    newId: context.newId,
    ttlMs: context.messageTtlMs,
  });
  if (routed.length === 0) return [];
  const recordedAt = now.toISOString();
  const items: (SentItem & { jws: string })[] = routed.map(({ envelope, agreement, member }) => {
    const jws = signJws(envelope, { signer: context.signer, typ: MESSAGE_TYP });
    const digest = context.sha256(jws);
    const record: LogRecord = {
      direction: 'sent',
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
      kid: context.signer.kid,
    };
    const message = {
      id: envelope.id,
      direction: 'sent' as const,
      sender: envelope.sender,
      recipient: envelope.recipient,
      type: envelope.type,
      correlationId: envelope.correlationId,
      declarationId: event.record.id,
      declarationVersion: event.record.version,
      agreement: envelope.agreement,
      jws,
      digest,
      recordedAt,
      retainUntil: new Date(now.getTime() + agreement.retentionDays * DAY_MS).toISOString(),
    };
    return { message, record, delivery: member.endpoints.delivery, jws };
  });
  await context.store.recordSent(items);
  return items.map(({ message, delivery, jws }) => ({
    messageId: message.id,
    recipient: message.recipient,
    type: message.type,
    agreement: message.agreement,
    delivery,
    jws,
  }));
}
