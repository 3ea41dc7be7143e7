import type { DeclarationStore } from '../core/ports/declaration-store.js';
import type { MessageStore } from '../core/ports/message-store.js';
import type { VerificationFindingStore } from '../core/ports/verification-finding-store.js';
import { PostgresDeclarationStore } from './postgres/postgres-declaration-store.js';
import { PostgresMessageStore } from './postgres/postgres-message-store.js';
import { PostgresVerificationFindingStore } from './postgres/postgres-verification-finding-store.js';
import { SqliteDeclarationStore } from './sqlite/sqlite-declaration-store.js';
import { SqliteMessageStore } from './sqlite/sqlite-message-store.js';
import { SqliteVerificationFindingStore } from './sqlite/sqlite-verification-finding-store.js';
import { StoreError } from './store-error.js';

export interface MessageStores {
  messages: MessageStore;
  verificationFindings: VerificationFindingStore;
}

/**
 * The message and verification finding stores beside a declaration store, on its own connection
 * or pool (its `migrate()` created their tables): closing the declaration store closes them too.
 */
export function createMessageStores(store: DeclarationStore): MessageStores {
  if (store instanceof SqliteDeclarationStore) {
    return {
      messages: SqliteMessageStore.onDatabase(store.database),
      verificationFindings: SqliteVerificationFindingStore.onDatabase(store.database),
    };
  }
  if (store instanceof PostgresDeclarationStore) {
    return {
      messages: PostgresMessageStore.onPool(store.pool),
      verificationFindings: PostgresVerificationFindingStore.onPool(store.pool),
    };
  }
  throw new StoreError(
    'invalid-config',
    'Messages and findings are kept beside a SQLite or PostgreSQL declaration store.',
  );
}
