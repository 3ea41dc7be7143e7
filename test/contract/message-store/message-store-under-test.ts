import { readFileSync } from 'node:fs';
import { nodeSha256 } from '../../../src/adapters/node-sha256.js';
import type { RawMessage } from '../../../src/core/model/record.js';
import type { MessageStore, NewMessage } from '../../../src/core/ports/message-store.js';
import type { VerificationFindingStore } from '../../../src/core/ports/verification-finding-store.js';
import { decodeMessage } from '../../../src/formats/decode-message.js';
import { toNewMessage } from '../../../src/messages/to-new-message.js';

/** Both stores of migration 004 on one fresh, migrated database, with a way around them. */
export interface MessageStoresUnderTest {
  messages: MessageStore;
  findings: VerificationFindingStore;
  /** Runs one SQL statement on the same database, bypassing the stores. */
  sql(text: string): Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

export type OpenMessageStores = () => Promise<MessageStoresUnderTest>;
export type CurrentMessageStores = () => MessageStoresUnderTest;

const fixture = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));

/** The messages a real fixture decodes to, as the store receives them. */
export function fixtureMessages(path: string, source = `file:${path}`): { messages: NewMessage[]; raw: RawMessage[] } {
  const messages: NewMessage[] = [];
  const raw: RawMessage[] = [];
  for (const event of decodeMessage(fixture(path))) {
    if (event.kind !== 'message') continue;
    const built = toNewMessage(event, { source, receivedAt: '2026-11-28T10:00:00.000Z', sha256: nodeSha256 });
    messages.push(built.message);
    raw.push(built.raw);
  }
  if (messages.length === 0) throw new Error(`${path} decodes to no message`);
  return { messages, raw };
}

export const fixtureBytes = fixture;
