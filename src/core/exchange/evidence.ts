import type { Checkpoint } from './checkpoint.js';
import type { LogEntry } from './log-entry.js';
import type { MemberKey } from './member.js';

/**
 * Everything needed to prove, offline, that a message was signed by its sender and recorded
 * in the hub's log before a signed checkpoint: the message, the keys, the chain from the
 * message's log entry to the checkpoint, and the checkpoint.
 */
export interface EvidenceBundle {
  format: 'tamga-evidence/1';
  messageId: string;
  exportedAt: string;
  /** The message as signed: a compact JWS. */
  message: string;
  /** The sender's public keys, with validity. */
  senderKeys: MemberKey[];
  /** The hub's public keys, with validity (pin them with `trustedHubKeys` when verifying). */
  hubKeys: MemberKey[];
  /** Log entries from the message's entry up to and including `checkpoint.seq`. */
  chain: LogEntry[];
  checkpoint: Checkpoint;
}

export type EvidenceCheckName =
  | 'bundle-format'
  | 'message-form'
  | 'signing-key'
  | 'message-signature'
  | 'log-entry'
  | 'chain'
  | 'checkpoint-head'
  | 'checkpoint-signature'
  | 'hub-key-trust';

export interface EvidenceCheck {
  check: EvidenceCheckName;
  ok: boolean;
  detail: string;
}

export interface EvidenceVerification {
  status: 'valid' | 'invalid';
  messageId?: string;
  /** Every check that ran, passed or failed: a good signature never skips the chain. */
  checks: EvidenceCheck[];
}
