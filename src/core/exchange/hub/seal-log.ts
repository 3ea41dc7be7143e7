import { signCheckpoint, type Checkpoint } from '../checkpoint.js';
import type { ExchangeContext } from './exchange-context.js';

/** Seals the log head with a hub-signed checkpoint, unless nothing was appended since the last one. */
export async function sealLog(
  context: Pick<ExchangeContext, 'store' | 'hubId' | 'signer' | 'now'>,
): Promise<Checkpoint | undefined> {
  const head = await context.store.logHead();
  if (!head) return undefined;
  const last = (await context.store.checkpoints()).at(-1);
  if (last && last.seq >= head.seq) return undefined;
  const checkpoint = signCheckpoint(head, { hubId: context.hubId, signer: context.signer, now: context.now() });
  await context.store.saveCheckpoint(checkpoint);
  return checkpoint;
}
