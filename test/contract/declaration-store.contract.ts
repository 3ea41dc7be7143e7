import { afterEach, beforeEach, describe } from 'vitest';
import { appendContract } from './declaration-store/append.contract.js';
import { atomicityContract } from './declaration-store/atomicity.contract.js';
import { queryContract } from './declaration-store/query.contract.js';
import { readContract } from './declaration-store/read.contract.js';
import { schemaContract } from './declaration-store/schema.contract.js';
import type { OpenStoreUnderTest, StoreUnderTest } from './declaration-store/store-under-test.js';

export type { OpenStoreUnderTest, StoreUnderTest } from './declaration-store/store-under-test.js';

/**
 * The DeclarationStore contract: every adapter registers it with a function that opens
 * its store on a fresh, empty database. Each test gets its own database.
 */
export function declarationStoreContract(engine: string, open: OpenStoreUnderTest): void {
  describe(`DeclarationStore contract (${engine})`, () => {
    let current: StoreUnderTest | undefined;
    beforeEach(async () => {
      current = await open();
    });
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });
    const use = () => {
      if (!current) throw new Error('no store open');
      return current;
    };
    appendContract(use);
    atomicityContract(use);
    queryContract(use);
    readContract(use);
    schemaContract(use, open);
  });
}
