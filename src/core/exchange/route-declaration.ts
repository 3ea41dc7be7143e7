import type { DeclarationRecord } from '../model/record.js';
import { agreementsFor, currentAgreements, type Agreement } from './agreement.js';
import type { Envelope } from './envelope.js';
import type { Member } from './member.js';
import { messageTypeOf, type RoutingEvent } from './message-type.js';
import { projectDeclaration } from './project-declaration.js';

export interface RouteDeclarationOptions {
  record: DeclarationRecord;
  event: RoutingEvent;
  members: readonly Member[];
  /** Every agreement version known; the versions in force at `now` apply. */
  agreements: readonly Agreement[];
  /** The hub's member id: the sender. */
  hubId: string;
  now: Date;
  newId: () => string;
  /** Lane assigned (`green`, `yellow`, `red`, `blue`) for `lane-assigned`. */
  lane?: string;
  /** Message lifetime; default 3 days. */
  ttlMs?: number;
}

/** An unsigned message and the agreement version that allowed it. */
export interface RoutedMessage {
  envelope: Envelope;
  agreement: Agreement;
  member: Member;
}

const DEFAULT_TTL_MS = 3 * 24 * 3_600_000;

/**
 * Builds one message per active member and agreement in force that covers the event, with
 * the declaration projected onto what that agreement allows. Deny by default: no agreement,
 * no message; rejected declarations are never shared.
 */
export function routeDeclaration(options: RouteDeclarationOptions): RoutedMessage[] {
  const { record, event, now } = options;
  if (record.status !== 'accepted') return [];
  const type = messageTypeOf(event);
  const inForce = currentAgreements(options.agreements, now);
  const routed: RoutedMessage[] = [];
  for (const member of options.members) {
    if (member.status !== 'active' || member.id === options.hubId) continue;
    for (const agreement of agreementsFor(inForce, { memberId: member.id, type, way: 'outbound' })) {
      const declaration = projectDeclaration(record.declaration, agreement);
      if (!declaration) continue;
      const envelope: Envelope = {
        id: options.newId(),
        correlationId: record.id,
        sender: options.hubId,
        recipient: member.id,
        purpose: agreement.purpose,
        agreement: { id: agreement.id, version: agreement.version },
        type,
        issuedAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + (options.ttlMs ?? DEFAULT_TTL_MS)).toISOString(),
        subject: { declarationId: record.id, version: record.version },
        body: { event, ...(event === 'lane-assigned' && options.lane ? { lane: options.lane } : {}), declaration },
      };
      routed.push({ envelope, agreement, member });
    }
  }
  return routed;
}
