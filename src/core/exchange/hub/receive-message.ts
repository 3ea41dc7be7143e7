import { canonicalJson } from '../../model/canonical-json.js';
import { checkInboundPolicy } from '../check-inbound-policy.js';
import type { Envelope } from '../envelope.js';
import type { LogRecord } from '../log-entry.js';
import type { Decision } from '../message-body.js';
import type { MessageMeta } from '../message-meta.js';
import { openMessage, type OpenedMessage } from '../open-message.js';
import type { StoredDecision, StoredMessage } from '../ports/exchange-store.js';
import { reject, type Rejection } from '../rejection.js';
import type { ExchangeContext } from './exchange-context.js';

export interface ReceiveInput {
  /** A compact JWS, or a flattened JWS JSON (object or text), as it arrived. */
  input: unknown;
  /** The member the transport authenticated (API key, NATS subject); must be the signer. */
  authenticatedMemberId?: string;
}

export type ReceiveResult =
  (MessageMeta & { status: 'accepted'; logSeq: number; decision?: Decision }) | (Rejection & { logSeq: number });

/**
 * Receives a message from a member: verifies it fully (form, signature, key, recipient,
 * times, agreement, fields, correlation), then records it exactly once. A second arrival of
 * the same (sender, id) is refused as `replayed` and changes nothing, so at-least-once
 * transports give effectively-once processing. Every outcome is appended to the log.
 */
export async function receiveMessage(context: ExchangeContext, request: ReceiveInput): Promise<ReceiveResult> {
  const { directory, agreements } = await context.registry.snapshot();
  const now = context.now();
  const opened = openMessage(request.input, {
    self: context.hubId,
    now,
    directory,
    verify: context.verify,
    limits: context.limits,
  });
  if (opened.status === 'rejected')
    return logRejection(context, { rejection: opened, digest: digestOf(context, request.input) });
  const refused = await authorise(context, opened, { ...request, agreements: agreements, now });
  if (refused) return logRejection(context, { rejection: refused, digest: context.sha256(opened.jws.compact), opened });
  return record(context, opened, now);
}

async function authorise(
  context: ExchangeContext,
  opened: OpenedMessage,
  request: ReceiveInput & { agreements: Parameters<typeof checkInboundPolicy>[1]; now: Date },
): Promise<Rejection | undefined> {
  const { envelope } = opened;
  if (request.authenticatedMemberId !== undefined && envelope.sender !== request.authenticatedMemberId) {
    return reject(
      'sender-not-authenticated',
      `signed by "${envelope.sender}" but sent by "${request.authenticatedMemberId}"`,
    );
  }
  const policy = checkInboundPolicy(envelope, request.agreements, request.now);
  if (policy.status === 'rejected') return policy;
  if (envelope.inReplyTo === undefined) return undefined;
  const original = await context.store.message(context.hubId, envelope.inReplyTo);
  const answers =
    original?.recipient === envelope.sender &&
    (envelope.subject === undefined || envelope.subject.declarationId === original.declarationId);
  return answers
    ? undefined
    : reject(
        'unknown-correlation',
        `"${envelope.inReplyTo}" is not a message the hub sent to "${envelope.sender}" about this declaration`,
      );
}

async function record(context: ExchangeContext, opened: OpenedMessage, now: Date): Promise<ReceiveResult> {
  const { envelope, jws } = opened;
  const recordedAt = now.toISOString();
  const digest = context.sha256(jws.compact);
  const logRecord = toLogRecord(envelope, { digest, recordedAt, kid: jws.header.kid });
  const message: StoredMessage = {
    id: envelope.id,
    direction: 'received',
    sender: envelope.sender,
    recipient: envelope.recipient,
    type: envelope.type,
    correlationId: envelope.correlationId,
    inReplyTo: envelope.inReplyTo,
    declarationId: envelope.subject?.declarationId,
    declarationVersion: envelope.subject?.version,
    agreement: envelope.agreement,
    jws: jws.compact,
    digest,
    recordedAt,
    retainUntil: envelope.expiresAt,
  };
  const decision = decisionOf(envelope, recordedAt);
  const result = await context.store.recordReceived({
    message,
    record: logRecord,
    rememberUntil: envelope.expiresAt,
    decision,
  });
  if (result.status === 'duplicate') {
    return {
      ...reject('replayed', `message "${envelope.id}" from "${envelope.sender}" was already processed`),
      messageId: envelope.id,
      sender: envelope.sender,
      logSeq: result.entry.seq,
    };
  }
  const meta: MessageMeta = {
    messageId: envelope.id,
    sender: envelope.sender,
    type: envelope.type,
    agreement: envelope.agreement,
  };
  return {
    status: 'accepted',
    ...meta,
    logSeq: result.entry.seq,
    ...(decision ? { decision: envelope.body.decision as Decision } : {}),
  };
}

function decisionOf(envelope: Envelope, decidedAt: string): StoredDecision | undefined {
  if (envelope.type !== 'agency.decision' || !envelope.subject || !envelope.inReplyTo) return undefined;
  return {
    ...(envelope.body.decision as Decision),
    messageId: envelope.id,
    memberId: envelope.sender,
    declarationId: envelope.subject.declarationId,
    declarationVersion: envelope.subject.version,
    inReplyTo: envelope.inReplyTo,
    agreement: envelope.agreement,
    decidedAt,
  };
}

function toLogRecord(envelope: Envelope, extra: { digest: string; recordedAt: string; kid: string }): LogRecord {
  return {
    direction: 'received',
    outcome: 'accepted',
    ...extra,
    messageId: envelope.id,
    correlationId: envelope.correlationId,
    sender: envelope.sender,
    recipient: envelope.recipient,
    type: envelope.type,
    purpose: envelope.purpose,
    agreement: envelope.agreement,
  };
}

async function logRejection(
  context: ExchangeContext,
  { rejection, digest, opened }: { rejection: Rejection; digest: string; opened?: OpenedMessage },
): Promise<ReceiveResult> {
  const base: LogRecord = opened
    ? {
        ...toLogRecord(opened.envelope, {
          digest,
          recordedAt: context.now().toISOString(),
          kid: opened.jws.header.kid,
        }),
        outcome: 'rejected',
        code: rejection.code,
      }
    : {
        direction: 'received',
        outcome: 'rejected',
        code: rejection.code,
        digest,
        recordedAt: context.now().toISOString(),
        messageId: rejection.messageId,
        sender: rejection.sender,
      };
  const [entry] = await context.store.appendLog([base]);
  const identity = opened ? { messageId: opened.envelope.id, sender: opened.envelope.sender } : {};
  return { ...rejection, ...identity, logSeq: entry!.seq };
}

function digestOf(context: ExchangeContext, input: unknown): string {
  if (typeof input === 'string') return context.sha256(input);
  try {
    return context.sha256(canonicalJson(input));
  } catch {
    return context.sha256(String(input));
  }
}
