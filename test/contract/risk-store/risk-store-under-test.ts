import type { DeclarationStore } from '../../../src/core/ports/declaration-store.js';
import type { RiskStore } from '../../../src/core/ports/risk-store.js';

/** A risk store beside its declaration store, on an empty migrated database of one engine. */
export interface RiskStoreUnderTest {
  declarations: DeclarationStore;
  risk: RiskStore;
  /** Runs one SQL statement on the same database, bypassing the stores; returns rows, if any. */
  sql: (text: string) => Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

export type OpenRiskStoreUnderTest = () => Promise<RiskStoreUnderTest>;
