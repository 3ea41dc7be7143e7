import type { FastifyInstance } from 'fastify';
import type { DeliveryCount } from '../../core/exchange/ports/exchange-store.js';
import type { LogVerification } from '../../core/exchange/verify-log.js';
import type { ExchangeHub } from '../hub/exchange-hub.js';

export interface ExchangeMonitorOptions {
  hub: ExchangeHub;
  /** Re-verify the whole log at most this often (default 60 s): it reads every entry. */
  logCheckEveryMs?: number;
  now?: () => Date;
}

/**
 * What officers watch of the exchange: messages per member and their delivery state, failures,
 * whether the hash-chained log still verifies; and, per declaration, where it was routed.
 */
export function exchangeMonitorRoutes(app: FastifyInstance, options: ExchangeMonitorOptions): void {
  const { hub } = options;
  const store = hub.context.store;
  const now = options.now ?? (() => new Date());
  let lastCheck: { at: number; result: LogVerification } | undefined;
  const checkLog = async () => {
    const at = now().getTime();
    if (!lastCheck || at - lastCheck.at > (options.logCheckEveryMs ?? 60_000)) {
      lastCheck = { at, result: await hub.verifyLog() };
    }
    return lastCheck;
  };

  app.get(
    '/v1/exchange/monitor',
    { schema: { summary: 'Messages per member, failures, log status', tags: ['exchange'] } },
    async () => {
      const [members, counts, failures, log] = await Promise.all([
        store.members(),
        store.deliveryCounts(),
        store.failedDeliveries(50),
        checkLog(),
      ]);
      return {
        members: members
          .filter((member) => member.kind !== 'hub')
          .map((member) => ({
            id: member.id,
            name: member.name,
            kind: member.kind,
            country: member.country,
            status: member.status,
            delivery: member.endpoints.delivery,
            ...countsOf(counts, member.id),
          })),
        failures,
        log: {
          verified: log.result.status === 'intact',
          entries: log.result.status === 'intact' ? log.result.entries : log.result.checked,
          checkedAt: new Date(log.at).toISOString(),
          ...(log.result.status === 'broken'
            ? { firstAlteredEntry: log.result.seq, problem: log.result.problem, detail: log.result.detail }
            : { unsealed: log.result.unsealed, checkpoints: log.result.checkpoints }),
        },
      };
    },
  );

  app.get(
    '/v1/exchange/declarations/:id/routing',
    {
      schema: {
        summary: 'Where a declaration was routed, with delivery status and agency decisions',
        tags: ['exchange'],
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const messages = await store.messagesAbout(id);
      const routes = await Promise.all(
        messages
          .filter((message) => message.direction === 'sent')
          .map(async (message) => {
            const delivery = await store.delivery(message.recipient, message.id);
            return {
              memberId: message.recipient,
              agreementId: message.agreement.id,
              agreementVersion: message.agreement.version,
              messageId: message.id,
              type: message.type,
              recordedAt: message.recordedAt,
              status: delivery?.status ?? (message.publishedAt ? 'published' : 'queued'),
              updatedAt: delivery?.updatedAt ?? message.recordedAt,
            };
          }),
      );
      return { routes, decisions: await hub.decisions(id), holds: await hub.holds(id) };
    },
  );
}

function countsOf(counts: readonly DeliveryCount[], memberId: string) {
  const mine = counts.filter((count) => count.memberId === memberId);
  const byStatus = Object.fromEntries(mine.map((count) => [count.status, count.count]));
  const last = mine
    .map((count) => count.lastUpdatedAt)
    .sort()
    .at(-1);
  return {
    messages: mine.reduce((sum, count) => sum + count.count, 0),
    pending: byStatus.pending ?? 0,
    delivered: (byStatus.acked ?? 0) + (byStatus.delivered ?? 0) + (byStatus.streamed ?? 0),
    dead: byStatus.dead ?? 0,
    ...(last ? { lastActivityAt: last } : {}),
  };
}
