import type { NewRiskDecision } from '../core/ports/risk-decision-store.js';
import type { StoredRuleSet } from '../core/ports/rule-set-store.js';
import { FEATURE_COUNT } from '../core/risk/features/feature-names.js';
import { writeFeatures, type FeatureBlocks } from '../core/risk/features/featurizer.js';
import { decisionSubject } from '../core/risk/lanes/decision-subject.js';
import type { RiskScorer } from '../core/risk/model/risk-scorer.js';
import { decideCandidates, type Candidate } from './decide-candidates.js';
import type { DayLedger } from './day-ledger.js';
import type { RiskEngine } from './risk-engine.js';
import { riskInputOf, type StoredRecord } from './risk-input-of.js';

/** Trader histories (rules on new traders) and goods rates (facts for officers); the HS6 unit-value median only where read. */
const ARRIVAL_BLOCKS: FeatureBlocks = { entities: true, goods: true, unitHistory: false };

export interface ArrivalContext {
  engine: RiskEngine;
  scorer: RiskScorer;
  ruleSet: StoredRuleSet | undefined;
  ledger: DayLedger;
}

/**
 * Lanes for declarations as they arrive: each is featurised from the live history (everything
 * known before it, none of its own batch), scored with the packed forest, decided per day under
 * the places left in that day, and then joins the history.
 */
export async function decideArrivals(
  records: readonly StoredRecord[],
  context: ArrivalContext,
): Promise<NewRiskDecision[]> {
  const { engine, scorer } = context;
  const history = engine.history();
  const inputs = records.map((record) => riskInputOf(record, record.outcome));
  const data = new Float64Array(records.length * FEATURE_COUNT);
  inputs.forEach((input, row) =>
    writeFeatures(input, { history, index: scorer.index, blocks: ARRIVAL_BLOCKS }, { out: data, row }),
  );
  const scores = scorer.scoreFeatures(data, records.length);
  const byDay = new Map<string, Candidate[]>();
  records.forEach((record, i) => {
    const candidate: Candidate = {
      input: inputs[i]!,
      declarationVersion: record.version,
      subject: decisionSubject(record.declaration),
      features: data.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT),
      score: scores[i]!,
    };
    const day = byDay.get(candidate.input.date) ?? [];
    day.push(candidate);
    byDay.set(candidate.input.date, day);
  });
  const decidedAt = engine.now().toISOString();
  let explainBudget = engine.config.explainPerBatch;
  const decisions: NewRiskDecision[] = [];
  for (const [date, candidates] of byDay) {
    const capacity = await context.ledger.capacity(date, candidates.length, engine.config.lanes);
    const day = decideCandidates(candidates, {
      scorer,
      ruleSet: context.ruleSet,
      policy: engine.config.lanes,
      sha256: engine.sha256,
      decidedAt,
      run: 'ingest',
      capacity,
      ...(engine.verification ? { verification: engine.verification } : {}),
      seedKey: `${date}|${candidates[0]!.input.id}`,
      explainBudget,
      complete: (candidate) => {
        const full = new Float64Array(FEATURE_COUNT);
        writeFeatures(candidate.input, { history, index: scorer.index }, { out: full, row: 0 });
        return full;
      },
    });
    explainBudget -= day.filter((d) => d.explanation).length;
    context.ledger.record(
      date,
      day.map((d) => d.lane),
    );
    decisions.push(...day);
  }
  for (const input of inputs) history.observe(input, true);
  return decisions;
}
