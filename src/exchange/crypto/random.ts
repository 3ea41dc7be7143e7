import { randomBytes, randomUUID } from 'node:crypto';

/** Message ids: random UUIDs (also the JetStream Nats-Msg-Id). */
export const newMessageId = (): string => randomUUID();

/** A credential id (16 hex) and a 32-byte secret (base64url, 43 characters) for an API token. */
export function newApiSecret(): { id: string; secret: string } {
  return { id: randomBytes(8).toString('hex'), secret: randomBytes(32).toString('base64url') };
}
