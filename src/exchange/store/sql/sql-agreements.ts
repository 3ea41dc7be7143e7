import type { Agreement } from '../../../core/exchange/agreement.js';
import type { AgreementStore } from '../../../core/exchange/ports/exchange-store.js';
import { canonicalJson } from '../../../core/model/canonical-json.js';
import type { SqlClient } from './sql-client.js';

/** Agreement versions over SQL; a stored version is never changed. */
export function sqlAgreementStore(client: SqlClient): AgreementStore {
  return {
    async saveAgreement(agreement) {
      const document = canonicalJson(agreement);
      const inserted = await client.run(
        'INSERT INTO exchange_agreements (id, version, member_id, document, stored_at) VALUES (?,?,?,?,?) ON CONFLICT (id, version) DO NOTHING',
        [agreement.id, agreement.version, agreement.memberId, document, new Date().toISOString()],
      );
      if (inserted > 0) return 'stored';
      const [row] = await client.all<{ document: string }>(
        'SELECT document FROM exchange_agreements WHERE id = ? AND version = ?',
        [agreement.id, agreement.version],
      );
      return row?.document === document ? 'unchanged' : 'conflict';
    },
    async agreements() {
      const rows = await client.all<{ document: string }>(
        'SELECT document FROM exchange_agreements ORDER BY id, version',
      );
      return rows.map((row) => JSON.parse(row.document) as Agreement);
    },
  };
}
