import type { MessageType } from './message-type.js';

/** Which way an agreement lets data flow, seen from the hub. */
export type Direction = 'outbound' | 'inbound' | 'both';

/**
 * Which declarations (and goods items) an agreement concerns. Every condition present must
 * hold; absent conditions do not restrict. Item conditions (HS prefixes, origin) select the
 * goods items shared; a declaration with no item in scope is not shared at all.
 */
export interface AgreementScope {
  /** HS chapters (2 digits), headings (4) or subheadings (6), e.g. `["01", "02", "0302"]`. */
  hsPrefixes?: string[];
  /** Goods item country of origin (ISO 3166-1 alpha-2). */
  originCountries?: string[];
  /** Consignment country of dispatch. */
  dispatchCountries?: string[];
  /** Consignment country of destination. */
  destinationCountries?: string[];
  /** Declaration type code prefixes (`IM`, `EX`, `CO`). */
  declarationTypes?: string[];
}

/**
 * One version of a data-sharing agreement (a memorandum, a protocol) turned into a policy.
 * Deny by default: a member gets a message only through an active agreement whose message
 * types, scope and fields allow it; a new version applies to new messages only.
 */
export interface Agreement {
  id: string;
  version: number;
  memberId: string;
  title: string;
  /** Purpose code messages must carry, e.g. `veterinary-control`. */
  purpose: string;
  /** The legal instrument: law, memorandum, protocol. */
  legalBasis: string;
  direction: Direction;
  messageTypes: MessageType[];
  /** Allow list over canonical declaration paths, `[]` standing for every element. */
  fields: string[];
  scope: AgreementScope;
  /** How long the member's copy of a message may be kept, and how long the hub keeps bodies. */
  retentionDays: number;
  /** ISO 8601; the version applies from then on. */
  validFrom: string;
  validUntil?: string;
  status: 'active' | 'suspended';
  /** Release waits for this member's decision ("awaiting veterinary release"). */
  holdsRelease?: boolean;
}

/** The (id, version) pair every message and log entry carries. */
export interface AgreementRef {
  id: string;
  version: number;
}

const allowsDirection = (agreement: Agreement, way: 'outbound' | 'inbound'): boolean =>
  agreement.direction === 'both' || agreement.direction === way;

/**
 * The version of each agreement in force at `now`: the highest version whose `validFrom`
 * has passed. A suspended or lapsed latest version means no agreement (no fallback to an
 * older version, which the change was meant to replace).
 */
export function currentAgreements(agreements: readonly Agreement[], now: Date): Agreement[] {
  const latest = new Map<string, Agreement>();
  for (const agreement of agreements) {
    if (Date.parse(agreement.validFrom) > now.getTime()) continue;
    const seen = latest.get(agreement.id);
    if (!seen || seen.version < agreement.version) latest.set(agreement.id, agreement);
  }
  return [...latest.values()].filter((agreement) => isInForce(agreement, now));
}

export function isInForce(agreement: Agreement, now: Date): boolean {
  if (agreement.status !== 'active') return false;
  if (Date.parse(agreement.validFrom) > now.getTime()) return false;
  return agreement.validUntil === undefined || Date.parse(agreement.validUntil) > now.getTime();
}

/** Agreements in force that let `type` flow `way` for `memberId`. */
export function agreementsFor(
  agreements: readonly Agreement[],
  query: { memberId: string; type: MessageType; way: 'outbound' | 'inbound' },
): Agreement[] {
  return agreements.filter(
    (agreement) =>
      agreement.memberId === query.memberId &&
      allowsDirection(agreement, query.way) &&
      agreement.messageTypes.includes(query.type),
  );
}

export { allowsDirection };
