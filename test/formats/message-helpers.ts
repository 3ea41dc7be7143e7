import { expect } from 'vitest';
import type { DecodedMessage, DecodeEvent, MessageType, MessageTypes } from '../../src/formats/decode-event.js';
import { decodeAll, decodeChunked, problems, readFixture } from './decode-helpers.js';

export type MessageOf<T extends MessageType> = Extract<DecodedMessage, { messageType: T }>;

export function messages(events: DecodeEvent[]): DecodedMessage[] {
  return events.filter((event): event is DecodedMessage => event.kind === 'message');
}

/** The one message a fixture decodes to, checked to be of `type`, with no problem beside it. */
export function decodeOneMessage<T extends MessageType>(path: string, type: T): MessageOf<T> {
  const events = decodeAll(readFixture(path));
  expect(problems(events)).toEqual([]);
  expect(events).toHaveLength(1);
  const [event] = messages(events);
  expect(event?.messageType).toBe(type);
  return event as MessageOf<T>;
}

export function messageOf<T extends MessageType>(path: string, type: T): MessageTypes[T] {
  return decodeOneMessage(path, type).message as MessageTypes[T];
}

/** Whole-input and 7-byte-chunk streaming decode give the same events (raw bodies compared as text). */
export async function expectSameWhenStreamed(bytes: Uint8Array): Promise<void> {
  const plain = (events: DecodeEvent[]) =>
    events.map((event) => ({
      ...event,
      raw: event.raw === undefined ? undefined : new TextDecoder().decode(event.raw.body),
    }));
  expect(plain(await decodeChunked(bytes, 7))).toEqual(plain(decodeAll(bytes)));
}
