import { createMemberDirectory, type MemberDirectory, type MemberKey } from '../../core/exchange/member.js';

/** A public key as `GET /v1/exchange/keys` lists it (JWK plus validity). */
export interface PublishedKey {
  kid: string;
  x: string;
  validFrom: string;
  validUntil?: string;
  revokedAt?: string;
}

/** The directory a member verifies the hub's messages with: the hub and its published keys. */
export function hubDirectory(hubId: string, keys: readonly (PublishedKey | MemberKey)[]): MemberDirectory {
  const memberKeys: MemberKey[] = keys.map((key) => ({
    kid: key.kid,
    memberId: hubId,
    publicKey: 'x' in key ? key.x : key.publicKey,
    validFrom: key.validFrom,
    ...(key.validUntil ? { validUntil: key.validUntil } : {}),
    ...(key.revokedAt ? { revokedAt: key.revokedAt } : {}),
  }));
  return createMemberDirectory([
    {
      id: hubId,
      name: hubId,
      kind: 'hub',
      country: 'ZZ',
      status: 'active',
      endpoints: { delivery: 'pull' },
      keys: memberKeys,
      createdAt: '1970-01-01T00:00:00.000Z',
    },
  ]);
}
