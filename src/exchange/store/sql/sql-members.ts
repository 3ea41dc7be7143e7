import type { ApiCredential } from '../../../core/exchange/credential.js';
import type { Member, MemberKey } from '../../../core/exchange/member.js';
import type { MemberStore } from '../../../core/exchange/ports/exchange-store.js';
import { optional, orNull, type SqlClient } from './sql-client.js';

interface MemberRow {
  id: string;
  name: string;
  kind: Member['kind'];
  country: string;
  status: Member['status'];
  endpoints: string;
  created_at: string;
}

interface KeyRow {
  kid: string;
  member_id: string;
  public_key: string;
  valid_from: string;
  valid_until: string | null;
  revoked_at: string | null;
}

interface CredentialRow {
  id: string;
  member_id: string;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

const toKey = (row: KeyRow): MemberKey => ({
  kid: row.kid,
  memberId: row.member_id,
  publicKey: row.public_key,
  validFrom: row.valid_from,
  validUntil: optional(row.valid_until),
  revokedAt: optional(row.revoked_at),
});

/** Members, their keys and API credentials over SQL. */
export function sqlMemberStore(client: SqlClient): MemberStore {
  return {
    async saveMember(member) {
      await client.run(
        `INSERT INTO exchange_members (id, name, kind, country, status, endpoints, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind, country = excluded.country,
         status = excluded.status, endpoints = excluded.endpoints, updated_at = excluded.updated_at`,
        [
          member.id,
          member.name,
          member.kind,
          member.country,
          member.status,
          JSON.stringify(member.endpoints),
          member.createdAt,
          new Date().toISOString(),
        ],
      );
    },
    async addKey(key) {
      await client.run(
        'INSERT INTO exchange_member_keys (kid, member_id, public_key, valid_from, valid_until, revoked_at) VALUES (?,?,?,?,?,?)',
        [key.kid, key.memberId, key.publicKey, key.validFrom, orNull(key.validUntil), orNull(key.revokedAt)],
      );
    },
    async updateKey(kid, changes) {
      const changed = await client.run(
        'UPDATE exchange_member_keys SET valid_until = COALESCE(?, valid_until), revoked_at = COALESCE(?, revoked_at) WHERE kid = ?',
        [orNull(changes.validUntil), orNull(changes.revokedAt), kid],
      );
      return changed > 0;
    },
    async members() {
      const rows = await client.all<MemberRow>(
        'SELECT id, name, kind, country, status, endpoints, created_at FROM exchange_members ORDER BY id',
      );
      const keys = await client.all<KeyRow>('SELECT * FROM exchange_member_keys ORDER BY valid_from, kid');
      return rows.map((row) => ({
        id: row.id,
        name: row.name,
        kind: row.kind,
        country: row.country,
        status: row.status,
        endpoints: JSON.parse(row.endpoints) as Member['endpoints'],
        createdAt: row.created_at,
        keys: keys.filter((key) => key.member_id === row.id).map(toKey),
      }));
    },
    async saveCredential(credential) {
      await client.run(
        'INSERT INTO exchange_credentials (id, member_id, secret_hash, created_at, revoked_at) VALUES (?,?,?,?,?)',
        [credential.id, credential.memberId, credential.secretHash, credential.createdAt, orNull(credential.revokedAt)],
      );
    },
    async credential(id) {
      const [row] = await client.all<CredentialRow>('SELECT * FROM exchange_credentials WHERE id = ?', [id]);
      if (!row) return undefined;
      const credential: ApiCredential = {
        id: row.id,
        memberId: row.member_id,
        secretHash: row.secret_hash,
        createdAt: row.created_at,
      };
      return row.revoked_at === null ? credential : { ...credential, revokedAt: row.revoked_at };
    },
    async revokeCredentials(memberId, at) {
      return client.run('UPDATE exchange_credentials SET revoked_at = ? WHERE member_id = ? AND revoked_at IS NULL', [
        at,
        memberId,
      ]);
    },
  };
}
