import type { DeclarationStore } from '../../../src/core/ports/declaration-store.js';

/** One adapter's store on its own empty database, with a way around it to prove what the database enforces. */
export interface StoreUnderTest {
  store: DeclarationStore;
  /** Runs one SQL statement on the same database, bypassing the store; returns rows, if any. */
  sql(text: string): Promise<Record<string, unknown>[]>;
  /** A second store on the same database, as another process would open it. */
  openAnother(): Promise<DeclarationStore>;
  /** Closes everything opened and deletes the database. */
  dispose(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Apply migrations before handing the store over (default true). */
  migrate?: boolean;
}

export type OpenStoreUnderTest = (options?: OpenStoreOptions) => Promise<StoreUnderTest>;

/** The store of the test being run; set by the suite's beforeEach. */
export type CurrentStore = () => StoreUnderTest;
