/** `hub` is this customs administration; `customs` a partner administration; `agency` a national agency. */
export type MemberKind = 'hub' | 'customs' | 'agency';

/** How messages reach a member: it pulls its inbox, the hub posts to its webhook, or it consumes NATS. */
export type DeliveryMode = 'pull' | 'webhook' | 'nats';

export interface MemberEndpoints {
  delivery: DeliveryMode;
  /** HTTPS URL the hub posts signed messages to (`delivery: 'webhook'`). */
  webhookUrl?: string;
  /** JetStream subject the member consumes (`delivery: 'nats'`); defaults to the hub's per-member subject. */
  natsSubject?: string;
}

/**
 * An Ed25519 public key of a member. Keys are never deleted: evidence about old messages
 * needs them. A rotated key gets `validUntil`; a compromised key gets `revokedAt`.
 */
export interface MemberKey {
  kid: string;
  memberId: string;
  /** Raw 32-byte public key, base64url (the JWK `x` member). */
  publicKey: string;
  validFrom: string;
  validUntil?: string;
  revokedAt?: string;
}

export interface Member {
  id: string;
  name: string;
  kind: MemberKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  status: 'active' | 'suspended';
  endpoints: MemberEndpoints;
  keys: MemberKey[];
  createdAt: string;
}

export type KeyStatus = 'valid' | 'revoked' | 'expired' | 'not-yet-valid';

/** Whether a key may vouch for a signature made at `at`. */
export function keyStatus(key: MemberKey, at: Date): KeyStatus {
  const time = at.getTime();
  if (key.revokedAt !== undefined && Date.parse(key.revokedAt) <= time) return 'revoked';
  if (Date.parse(key.validFrom) > time) return 'not-yet-valid';
  if (key.validUntil !== undefined && Date.parse(key.validUntil) <= time) return 'expired';
  return 'valid';
}

/** The key a member signs with now: the newest valid one. */
export function activeKey(member: Member, at: Date): MemberKey | undefined {
  return member.keys
    .filter((key) => keyStatus(key, at) === 'valid')
    .sort((a, b) => Date.parse(b.validFrom) - Date.parse(a.validFrom))[0];
}

/** Read access to members and their keys, as verification needs it. */
export interface MemberDirectory {
  member(id: string): Member | undefined;
  /** The key with this id, whoever owns it. */
  key(kid: string): MemberKey | undefined;
}

/** An in-memory directory over a member list (the hub reloads it when members change). */
export function createMemberDirectory(members: readonly Member[]): MemberDirectory {
  const byId = new Map(members.map((member) => [member.id, member]));
  const byKid = new Map(members.flatMap((member) => member.keys.map((key) => [key.kid, key] as const)));
  return { member: (id) => byId.get(id), key: (kid) => byKid.get(kid) };
}
