import { authenticateToken, parseApiToken, type AuthenticationResult } from '../../core/exchange/credential.js';
import type { Checkpoint } from '../../core/exchange/checkpoint.js';
import type { ExchangeContext } from '../../core/exchange/hub/exchange-context.js';
import { exportEvidence, type EvidenceExport } from '../../core/exchange/hub/export-evidence.js';
import { releaseHolds, type ReleaseHold } from '../../core/exchange/hub/holds.js';
import { ackInbox, pullInbox, type InboxPage } from '../../core/exchange/hub/inbox.js';
import { receiveMessage, type ReceiveInput, type ReceiveResult } from '../../core/exchange/hub/receive-message.js';
import { createRegistry } from '../../core/exchange/hub/registry.js';
import { sealLog } from '../../core/exchange/hub/seal-log.js';
import {
  sendDeclarationEvents,
  type DeclarationEvent,
  type SentMessage,
} from '../../core/exchange/hub/send-declaration-event.js';
import { verifyStoredLog } from '../../core/exchange/hub/verify-stored-log.js';
import type { MemberKey } from '../../core/exchange/member.js';
import type { MessageLimits } from '../../core/exchange/open-message.js';
import type { ExchangeStore, StoredDecision } from '../../core/exchange/ports/exchange-store.js';
import type { LogVerification } from '../../core/exchange/verify-log.js';
import type { Broker, Subscription } from '../../core/ports/broker.js';
import { nodeSha256 } from '../../adapters/node-sha256.js';
import { createSigner, verifySignature, type PrivateKeyJwk } from '../crypto/ed25519.js';
import { newMessageId } from '../crypto/random.js';
import { startDeliveryWorker, type WebhookRetryPolicy } from '../delivery/delivery-worker.js';
import { startInboundConsumer } from '../delivery/inbound-consumer.js';
import { createWebhookPusher, type WebhookPusher } from '../delivery/webhook-pusher.js';
import { createOutboxRelay } from './outbox-relay.js';
import { exchangeSubjects } from './subjects.js';

export interface ExchangeHubOptions {
  store: ExchangeStore;
  broker: Broker;
  /** The hub's member id (registered with kind `hub` and the public half of `signingKey`). */
  hubId: string;
  signingKey: PrivateKeyJwk;
  /** Broker subject prefix; default `tamga.exchange`. */
  subjectPrefix?: string;
  /** Seal the log this often while started; default every 60 s (0: never, seal by hand). */
  sealEveryMs?: number;
  /** Purge bodies past retention and expired processed ids this often while started; default hourly (0: never). */
  purgeEveryMs?: number;
  registryTtlMs?: number;
  limits?: Partial<MessageLimits>;
  messageTtlMs?: number;
  webhookRetry?: WebhookRetryPolicy;
  pusher?: WebhookPusher;
  now?: () => Date;
}

/** The e-Customs exchange as the HTTP API, the CLI and the ingest pipeline use it. */
export interface ExchangeHub {
  readonly context: ExchangeContext;
  /** Routes a declaration event to every member whose agreement covers it, and hands the messages to the broker. */
  onDeclarationEvent(event: DeclarationEvent): Promise<SentMessage[]>;
  /** The same for a batch (one transaction, one publish): call it once per ingested batch. */
  onDeclarationEvents(events: readonly DeclarationEvent[]): Promise<SentMessage[]>;
  /** Verifies and records a message from a member (HTTP POST or NATS). */
  receive(input: ReceiveInput): Promise<ReceiveResult>;
  pullInbox(memberId: string, options?: { cursor?: string; limit?: number }): Promise<InboxPage>;
  ackInbox(memberId: string, messageIds: readonly string[]): Promise<{ acknowledged: number }>;
  /** Checks an `Authorization: Bearer tmg_...` token (or the bare token). */
  authenticate(token: string): Promise<AuthenticationResult>;
  seal(): Promise<Checkpoint | undefined>;
  verifyLog(): Promise<LogVerification>;
  exportEvidence(messageId: string): Promise<EvidenceExport>;
  decisions(declarationId: string): Promise<StoredDecision[]>;
  /** Why a declaration may not be released yet ("awaiting veterinary release"). */
  holds(declarationId: string): Promise<ReleaseHold[]>;
  hubKeys(): Promise<MemberKey[]>;
  /** Switches to a new signing key (after `rotate-key` on the hub; rotate with a grace period). */
  useSigningKey(key: PrivateKeyJwk): void;
  /** Starts the relay, the delivery worker, the inbound consumer and the sealer. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function createExchangeHub(options: ExchangeHubOptions): ExchangeHub {
  const now = options.now ?? (() => new Date());
  const { store, broker } = options;
  const subjects = exchangeSubjects(options.subjectPrefix);
  const registry = createRegistry(store, { now, ttlMs: options.registryTtlMs });
  const context: ExchangeContext = {
    store,
    registry,
    hubId: options.hubId,
    signer: createSigner(options.signingKey),
    verify: verifySignature,
    sha256: nodeSha256,
    now,
    newId: newMessageId,
    limits: options.limits,
    messageTtlMs: options.messageTtlMs,
  };
  const relay = createOutboxRelay({ store, broker, subjects });
  const pusher = options.pusher ?? createWebhookPusher();
  const running: Subscription[] = [];
  const timers: NodeJS.Timeout[] = [];
  const every = (ms: number, work: () => Promise<unknown>) => {
    if (ms <= 0) return;
    const timer = setInterval(() => void work().catch(() => undefined), ms);
    timer.unref();
    timers.push(timer);
  };
  const receive = (input: ReceiveInput) => receiveMessage(context, input);
  const onDeclarationEvents = async (events: readonly DeclarationEvent[]) => {
    const sent = await sendDeclarationEvents(context, events);
    await relay.publish(sent);
    return sent;
  };

  return {
    context,
    onDeclarationEvent: (event) => onDeclarationEvents([event]),
    onDeclarationEvents,
    receive,
    pullInbox: (memberId, pageOptions) => pullInbox(context, memberId, pageOptions),
    ackInbox: (memberId, ids) => ackInbox(context, memberId, ids),
    async authenticate(token) {
      const bare = token.replace(/^Bearer\s+/i, '').trim();
      const parsed = parseApiToken(bare);
      return authenticateToken(bare, parsed ? await store.credential(parsed.id) : undefined, nodeSha256);
    },
    seal: () => sealLog(context),
    verifyLog: () => verifyStoredLog({ store, hubId: options.hubId, sha256: nodeSha256, verify: verifySignature }),
    exportEvidence: (messageId) => exportEvidence(context, messageId),
    decisions: (declarationId) => store.decisions(declarationId),
    async holds(declarationId) {
      const [messages, decisions, { agreements }] = await Promise.all([
        store.messagesAbout(declarationId),
        store.decisions(declarationId),
        registry.snapshot(),
      ]);
      return releaseHolds({ messages, decisions, agreements });
    },
    async hubKeys() {
      const { members } = await registry.snapshot();
      return members.find((member) => member.id === options.hubId)?.keys ?? [];
    },
    useSigningKey(key) {
      context.signer = createSigner(key);
    },
    async start() {
      relay.start();
      running.push(
        await startDeliveryWorker({
          broker,
          store,
          registry,
          hubId: options.hubId,
          subjects,
          pusher,
          retry: options.webhookRetry,
          now,
        }),
      );
      running.push(await startInboundConsumer({ broker, hubId: options.hubId, subjects, receive }));
      every(options.sealEveryMs ?? 60_000, () => sealLog(context));
      every(options.purgeEveryMs ?? 3_600_000, async () => {
        const at = now().toISOString();
        await store.purgeBodies(at);
        await store.purgeProcessed(at);
      });
    },
    async stop() {
      for (const timer of timers.splice(0)) clearInterval(timer);
      await Promise.all(running.splice(0).map((subscription) => subscription.stop()));
      await relay.stop();
    },
  };
}
