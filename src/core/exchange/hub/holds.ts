import type { Agreement } from '../agreement.js';
import type { StoredDecision, StoredMessage } from '../ports/exchange-store.js';

/** Why a declaration may not be released yet. */
export interface ReleaseHold {
  memberId: string;
  agreement: { id: string; version: number };
  status: 'awaiting-decision' | 'refused' | 'on-hold' | 'information-requested';
  /** "awaiting veterinary release"-style text for officers. */
  reason: string;
}

/**
 * Holds on a declaration: every member that was sent it under an agreement that holds
 * release, and whose latest decision is not `granted`.
 */
export function releaseHolds(input: {
  messages: readonly StoredMessage[];
  decisions: readonly StoredDecision[];
  agreements: readonly Agreement[];
}): ReleaseHold[] {
  const holds = new Map<string, ReleaseHold>();
  for (const message of input.messages) {
    if (message.direction !== 'sent') continue;
    const agreement = input.agreements.find(
      (candidate) => candidate.id === message.agreement.id && candidate.version === message.agreement.version,
    );
    if (!agreement?.holdsRelease || holds.has(message.recipient)) continue;
    const latest = input.decisions.filter((decision) => decision.memberId === message.recipient).at(-1);
    if (latest?.outcome === 'granted') continue;
    const status = latest === undefined ? 'awaiting-decision' : latest.outcome === 'hold' ? 'on-hold' : latest.outcome;
    const reason =
      latest === undefined
        ? `awaiting ${agreement.title} decision from ${message.recipient}`
        : `${message.recipient}: ${latest.outcome}${latest.reason ? ` (${latest.reason})` : ''}`;
    holds.set(message.recipient, { memberId: message.recipient, agreement: message.agreement, status, reason });
  }
  return [...holds.values()];
}
