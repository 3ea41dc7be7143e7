import { afterEach, beforeEach, describe } from 'vitest';
import { decisionContract } from './risk-store/decision.contract.js';
import { inspectionContract } from './risk-store/inspection.contract.js';
import { modelRegistryContract } from './risk-store/model-registry.contract.js';
import type { OpenRiskStoreUnderTest, RiskStoreUnderTest } from './risk-store/risk-store-under-test.js';
import { ruleSetContract } from './risk-store/rule-set.contract.js';

export type { OpenRiskStoreUnderTest, RiskStoreUnderTest } from './risk-store/risk-store-under-test.js';

/** The RiskStore port's contract: every adapter runs these against a real database of its engine. */
export function riskStoreContract(engine: string, open: OpenRiskStoreUnderTest): void {
  describe(`RiskStore contract: ${engine}`, () => {
    let current: RiskStoreUnderTest | undefined;
    beforeEach(async () => {
      current = await open();
    });
    afterEach(async () => {
      await current?.dispose();
      current = undefined;
    });
    const use = () => current!;
    modelRegistryContract(use);
    ruleSetContract(use);
    decisionContract(use);
    inspectionContract(use);
  });
}
