import type { EvidenceBundle } from '../evidence.js';
import type { ExchangeContext } from './exchange-context.js';
import { sealLog } from './seal-log.js';

export type EvidenceExport =
  | { status: 'exported'; bundle: EvidenceBundle }
  | { status: 'not-found'; detail: string }
  | { status: 'purged'; detail: string };

/**
 * Builds the evidence bundle of an accepted message: the message, the sender's and the hub's
 * keys, and the chain from its log entry to the first checkpoint after it (sealing one now
 * if the entry is not sealed yet).
 */
export async function exportEvidence(context: ExchangeContext, messageId: string): Promise<EvidenceExport> {
  const entries = await context.store.logEntriesFor(messageId);
  const entry = entries.find(
    (candidate) => (JSON.parse(candidate.text) as { outcome?: string }).outcome === 'accepted',
  );
  if (!entry) return { status: 'not-found', detail: `no accepted message "${messageId}" in the log` };
  const { sender } = JSON.parse(entry.text) as { sender: string };
  const message = await context.store.message(sender, messageId);
  if (!message?.jws)
    return {
      status: 'purged',
      detail: `the body of "${messageId}" was purged when its retention ended; the log keeps its digest`,
    };
  let checkpoint = (await context.store.checkpoints()).find((candidate) => candidate.seq >= entry.seq);
  checkpoint ??= await sealLog(context);
  if (!checkpoint) return { status: 'not-found', detail: 'the log could not be sealed' };
  const chain = [];
  for (let after = entry.seq - 1; after < checkpoint.seq;) {
    const page = await context.store.logPage(after, Math.min(5_000, checkpoint.seq - after));
    if (page.length === 0) break;
    chain.push(...page);
    after = page.at(-1)!.seq;
  }
  const { members } = await context.registry.snapshot();
  const keysOf = (id: string) => members.find((member) => member.id === id)?.keys ?? [];
  const bundle: EvidenceBundle = {
    format: 'tamga-evidence/1',
    messageId,
    exportedAt: context.now().toISOString(),
    message: message.jws,
    senderKeys: keysOf(sender),
    hubKeys: keysOf(context.hubId),
    chain,
    checkpoint,
  };
  return { status: 'exported', bundle };
}
