import { keyStatus, type MemberKey } from '../../core/exchange/member.js';
import type { MemberStore } from '../../core/exchange/ports/exchange-store.js';
import { generateKeyPair, type PrivateKeyJwk } from '../crypto/ed25519.js';
import { readPublicKey } from './public-key.js';
import { defaultKid } from './register-member.js';

export interface RotateMemberKeyOptions {
  store: MemberStore;
  memberId: string;
  /** The new public key (base64url, JWK or PEM). Absent: a key pair is generated and returned once. */
  publicKey?: string;
  kid?: string;
  /**
   * How long the old keys still vouch for messages issued before they end (messages in
   * flight). Default 0: they end now. A compromised key is revoked instead (revokeMemberKey).
   */
  graceSeconds?: number;
  now?: Date;
}

export type RotateMemberKeyResult =
  | { status: 'rotated'; key: MemberKey; retired: string[]; privateKey?: PrivateKeyJwk }
  | { status: 'not-found'; detail: string }
  | { status: 'invalid'; problems: string[] };

/** Adds a new key valid from now and ends the validity of the member's current keys. */
export async function rotateMemberKey(options: RotateMemberKeyOptions): Promise<RotateMemberKeyResult> {
  const now = options.now ?? new Date();
  const members = await options.store.members();
  const member = members.find((candidate) => candidate.id === options.memberId);
  if (!member) return { status: 'not-found', detail: `no member "${options.memberId}"` };
  const kid = options.kid ?? defaultKid(member.id, now);
  if (members.some((candidate) => candidate.keys.some((key) => key.kid === kid)))
    return { status: 'invalid', problems: [`kid "${kid}" is taken`] };
  const given = options.publicKey === undefined ? undefined : readPublicKey(options.publicKey);
  if (given && 'error' in given) return { status: 'invalid', problems: [`publicKey: ${given.error}`] };
  const privateKey = given ? undefined : generateKeyPair(kid);
  const key: MemberKey = {
    kid,
    memberId: member.id,
    publicKey: given && 'publicKey' in given ? given.publicKey : privateKey!.x,
    validFrom: now.toISOString(),
  };
  await options.store.addKey(key);
  const until = new Date(now.getTime() + (options.graceSeconds ?? 0) * 1000).toISOString();
  const retired = member.keys.filter(
    (old) => keyStatus(old, now) === 'valid' || keyStatus(old, now) === 'not-yet-valid',
  );
  for (const old of retired) await options.store.updateKey(old.kid, { validUntil: until });
  return { status: 'rotated', key, retired: retired.map((old) => old.kid), ...(privateKey ? { privateKey } : {}) };
}

/** Revokes a key at once (compromise): messages signed with it are refused from now on. */
export async function revokeMemberKey(options: { store: MemberStore; kid: string; now?: Date }): Promise<boolean> {
  return options.store.updateKey(options.kid, { revokedAt: (options.now ?? new Date()).toISOString() });
}
