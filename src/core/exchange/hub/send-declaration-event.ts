import type { DeclarationRecord } from '../../model/record.js';
import type { AgreementRef } from '../agreement.js';
import { MESSAGE_TYP } from '../envelope.js';
import { signJws } from '../jws.js';
import type { LogRecord } from '../log-entry.js';
import type { DeliveryMode } from '../member.js';
import type { MessageType, RoutingEvent } from '../message-type.js';
import type { SentItem, StoredMessage } from '../ports/exchange-store.js';
import { routeDeclaration, type RoutedMessage } from '../route-declaration.js';
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
 * Routes declaration events: one message per member whose agreement in force covers each,
 * projected onto that agreement's fields, signed by the hub, appended to the log and owed
 * to the member, all in one transaction (a batch of ingested declarations is one write).
 * Publishing to the broker follows (see exchange-hub).
 */
export async function sendDeclarationEvents(
  context: ExchangeContext,
  events: readonly DeclarationEvent[],
): Promise<SentMessage[]> {
  const { members, agreements } = await context.registry.snapshot();
  const now = context.now();
  const items = events.flatMap((event) =>
    routeDeclaration({
      ...event,
      members,
      agreements,
      hubId: context.hubId,
      now,
      newId: context.newId,
      ttlMs: context.messageTtlMs,
    }).map((routed) => signAndFile(context, { routed, event, now })),
  );
  if (items.length === 0) return [];
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

function signAndFile(
  context: ExchangeContext,
  input: { routed: RoutedMessage; event: DeclarationEvent; now: Date },
): SentItem & { jws: string } {
  const { envelope, agreement, member } = input.routed;
  const jws = signJws(envelope, { signer: context.signer, typ: MESSAGE_TYP });
  const digest = context.sha256(jws);
  const recordedAt = input.now.toISOString();
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
  const message: StoredMessage = {
    id: envelope.id,
    direction: 'sent',
    sender: envelope.sender,
    recipient: envelope.recipient,
    type: envelope.type,
    correlationId: envelope.correlationId,
    declarationId: input.event.record.id,
    declarationVersion: input.event.record.version,
    agreement: envelope.agreement,
    jws,
    digest,
    recordedAt,
    retainUntil: new Date(input.now.getTime() + agreement.retentionDays * DAY_MS).toISOString(),
  };
  return { message, record, delivery: member.endpoints.delivery, jws };
}

/** One event; see sendDeclarationEvents. */
export function sendDeclarationEvent(context: ExchangeContext, event: DeclarationEvent): Promise<SentMessage[]> {
  return sendDeclarationEvents(context, [event]);
}
