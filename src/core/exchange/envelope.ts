import type { AgreementRef } from './agreement.js';
import type { MessageType } from './message-type.js';

/** The declaration version a message is about. */
export interface MessageSubject {
  declarationId: string;
  version: number;
}

/**
 * The signed content of every message (the JWS payload, RFC 8785 canonical JSON).
 * Times are ISO 8601 UTC. `correlationId` groups a conversation (for declaration messages
 * the declaration id); `inReplyTo` names the message a reply answers.
 */
export interface Envelope {
  id: string;
  correlationId: string;
  inReplyTo?: string;
  sender: string;
  recipient: string;
  purpose: string;
  agreement: AgreementRef;
  type: MessageType;
  issuedAt: string;
  expiresAt: string;
  subject?: MessageSubject;
  body: Record<string, unknown>;
}

/** The JWS protected header Tamga writes and accepts (nothing else). */
export interface EnvelopeHeader {
  alg: 'EdDSA';
  kid: string;
  typ: typeof MESSAGE_TYP;
}

export const MESSAGE_TYP = 'tamga-message+jws';
export const CHECKPOINT_TYP = 'tamga-checkpoint+jws';
