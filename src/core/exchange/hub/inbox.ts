import type { InboxItem } from '../ports/exchange-store.js';
import type { ExchangeContext } from './exchange-context.js';

export interface InboxPage {
  messages: InboxItem[];
  /** Pass back as `cursor` for the next page; absent when the inbox holds no more. */
  nextCursor?: string;
}

const MAX_PAGE = 500;

/**
 * A member's pending messages after `cursor`. Messages stay until acknowledged: a member that
 * fetches and crashes before its ack gets them again when it starts over without a cursor.
 */
export async function pullInbox(
  context: ExchangeContext,
  memberId: string,
  options: { cursor?: string; limit?: number } = {},
): Promise<InboxPage> {
  const after = options.cursor === undefined ? 0 : Number.parseInt(options.cursor, 10);
  const limit = Math.min(Math.max(options.limit ?? 100, 1), MAX_PAGE);
  const messages = await context.store.inbox(memberId, {
    after: Number.isFinite(after) && after > 0 ? after : 0,
    limit: limit + 1,
  });
  const page = messages.slice(0, limit);
  const last = page.at(-1);
  return messages.length > limit && last ? { messages: page, nextCursor: String(last.cursor) } : { messages: page };
}

/** Acknowledges messages of the member's own inbox; ids of other members' messages change nothing. */
export async function ackInbox(
  context: ExchangeContext,
  memberId: string,
  messageIds: readonly string[],
): Promise<{ acknowledged: number }> {
  const acknowledged = await context.store.ack(memberId, messageIds, context.now().toISOString());
  return { acknowledged };
}
