import type { ExchangeStore } from '../../../core/exchange/ports/exchange-store.js';
import type { Sha256 } from '../../../core/ports/hasher.js';
import type { OutboxStore } from '../../../broker/embedded/outbox-store.js';
import { migrateExchangeSchema } from './migrate.js';
import type { SqlClient, SqlDialect } from './sql-client.js';
import { sqlAgreementStore } from './sql-agreements.js';
import { sqlDeliveryStore } from './sql-deliveries.js';
import { sqlMemberStore } from './sql-members.js';
import { sqlMessageLogStore } from './sql-message-log-store.js';
import { sqlOutboxStore } from './sql-outbox.js';

/** The exchange store, with the embedded broker's outbox in the same database. */
export type SqlExchangeStore = ExchangeStore & OutboxStore & { readonly dialect: SqlDialect['name'] };

/** One implementation of the store over any SQL dialect (Kysely-style: the engine adapts the client). */
export function createSqlExchangeStore(options: {
  client: SqlClient;
  dialect: SqlDialect;
  sha256: Sha256;
}): SqlExchangeStore {
  const { client, dialect } = options;
  return {
    dialect: dialect.name,
    ...sqlMemberStore(client),
    ...sqlAgreementStore(client),
    ...sqlMessageLogStore(options),
    ...sqlDeliveryStore(client),
    ...sqlOutboxStore(client, dialect),
    async migrate() {
      await migrateExchangeSchema(client, dialect);
    },
    close: () => client.close(),
  };
}
