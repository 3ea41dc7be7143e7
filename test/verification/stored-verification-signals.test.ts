import { describe, expect, it } from 'vitest';
import {
  createVerificationSignalContext,
  verificationSignals,
} from '../../src/core/verification/signals/verification-signals.js';
import { verificationOutcomes } from '../../src/core/verification/signals/verification-outcomes.js';
import { matchPartnerExports } from '../../src/core/verification/matching/match-partner-exports.js';
import { partnerFindings } from '../../src/core/verification/matching/partner-findings.js';
import { mirrorStatistics } from '../../src/core/verification/mirror/mirror-statistics.js';
import { mirrorFindings } from '../../src/core/verification/mirror/mirror-findings.js';
import { toTradeRecord } from '../../src/core/verification/trade-record.js';
import { SqliteDeclarationStore } from '../../src/store/sqlite/sqlite-declaration-store.js';
import { createMessageStores } from '../../src/store/create-message-stores.js';
import { generatePartnerData } from '../../src/verification/generate-partner-data.js';
import { recordVerification } from '../../src/verification/record-verification.js';
import { createStoredVerificationSignals } from '../../src/verification/stored-verification-signals.js';
import { sampleImports } from './sample-imports.js';

describe('verification signals from the store, for the risk engine', () => {
  it('give each importer the mismatch rate the pure signals give on the same findings', async () => {
    const declarations = (await sampleImports()).slice(0, 3000);
    const data = generatePartnerData(declarations, { seed: 11 });
    const convert = (amount: number, currency: string) => (currency === 'USD' ? amount * 1300 : amount);
    const imports = data.imports.map((d) => toTradeRecord(d, { id: d.functionalReferenceId!, convert }));
    const exports = data.partnerExports.map((d) => toTradeRecord(d, { id: d.functionalReferenceId!, convert }));
    const result = matchPartnerExports(imports, exports);
    const findings = partnerFindings(result, { imports, exports });
    const checked = result.matches.map((match) => imports[match.importIndex]!);
    const mirror = mirrorFindings(mirrorStatistics(imports, exports), { limit: 50 });

    const store = await SqliteDeclarationStore.create({ path: ':memory:' });
    await store.migrate();
    const { verificationFindings } = createMessageStores(store);
    try {
      await recordVerification(verificationFindings, { check: 'partner', findings, checked, source: 'test' });
      await verificationFindings.record({ check: 'mirror', findings: mirror, source: 'test' });
      const stored = await createStoredVerificationSignals(verificationFindings);

      const pure = createVerificationSignalContext({ outcomes: verificationOutcomes(checked, findings), findings });
      const mismatched = checked.filter((record) =>
        findings.some((f) => f.declarationIds.includes(record.id) && f.code === 'partner-value-gap'),
      );
      expect(mismatched.length).toBeGreaterThan(20);
      for (const record of [...mismatched.slice(0, 20), ...checked.slice(0, 20)]) {
        const input = {
          id: record.id,
          importerId: record.partyId || record.partyName,
          hs6: record.hs6,
          originCountry: '',
          day: record.day + 1,
        };
        const expected = verificationSignals(input, pure);
        const actual = stored.signals(input);
        expect(actual.importerMismatchRate).toBeCloseTo(expected.importerMismatchRate, 12);
        expect(actual.importerVerified).toBe(expected.importerVerified);
        expect(actual.findings).toBe(expected.findings);
        expect(actual.ruleHits.filter((hit) => hit !== 'verification.mirror-gap')).toEqual(
          expected.ruleHits.filter((hit) => hit !== 'verification.mirror-gap'),
        );
      }
      const importer = mismatched[0]!.partyId || mismatched[0]!.partyName;
      const rate = stored.importerMismatchRate(importer);
      expect(rate.mismatches).toBeGreaterThan(0);
      expect(rate.rate).toBeGreaterThan(0);
      // Point in time: nothing verified before the first outcome's day.
      expect(stored.importerMismatchRate(importer, -1)).toMatchObject({ verified: 0, mismatches: 0 });

      // Mirror gaps come back from the stored mirror findings, by HS6 x partner.
      const top = mirror[0]!;
      const signals = stored.signals({
        importerId: 'nobody',
        hs6: String(top.evidence.hs6),
        originCountry: String(top.evidence.partnerCountry),
        day: 0,
      });
      expect(signals.mirrorGapRatio).toBeGreaterThanOrEqual(0.25);
      expect(signals.ruleHits).toContain('verification.mirror-gap');
    } finally {
      await store.close();
    }
  }, 60_000);
});
