import type { Migration } from '../../migration.js';

/** The later outcome wins; at the same instant an officer's result wins over one delivered with the data. */
const upsert = (values: string) => `
INSERT INTO risk_outcomes (declaration_id, fraud, critical_fraud, revenue_raised, recorded_at, from_inspection)
${values}
ON CONFLICT (declaration_id) DO UPDATE SET fraud = excluded.fraud, critical_fraud = excluded.critical_fraud,
  revenue_raised = excluded.revenue_raised, recorded_at = excluded.recorded_at, from_inspection = excluded.from_inspection
WHERE excluded.recorded_at > risk_outcomes.recorded_at
  OR (excluded.recorded_at = risk_outcomes.recorded_at AND excluded.from_inspection >= risk_outcomes.from_inspection)`;

/**
 * The outcome that counts for each declaration (the latest recorded, from the declaration store's
 * `inspection_outcomes` or the officers' `risk_inspections`), kept by triggers as either is
 * appended, so that the queue and the model's precision per week join one row per declaration
 * instead of ranking both histories on every request.
 */
export const riskOutcomesMigration: Migration = {
  version: 8,
  name: 'risk-outcomes',
  sql: `
CREATE TABLE risk_outcomes (
  declaration_id TEXT PRIMARY KEY,
  fraud INTEGER NOT NULL CHECK (fraud IN (0, 1)),
  critical_fraud INTEGER,
  revenue_raised REAL,
  recorded_at TEXT NOT NULL,
  from_inspection INTEGER NOT NULL CHECK (from_inspection IN (0, 1))
) STRICT, WITHOUT ROWID;

${upsert(`SELECT id, fraud, critical_fraud, revenue_raised, recorded_at, 0 FROM inspection_outcomes
  WHERE seq IN (SELECT max(seq) FROM inspection_outcomes GROUP BY id) AND true`)};
${upsert(`SELECT declaration_id, fraud, critical_fraud, revenue_raised, recorded_at, 1 FROM risk_inspections
  WHERE seq IN (SELECT max(seq) FROM risk_inspections GROUP BY declaration_id) AND true`)};

CREATE TRIGGER inspection_outcomes_risk_outcome AFTER INSERT ON inspection_outcomes BEGIN
${upsert('VALUES (NEW.id, NEW.fraud, NEW.critical_fraud, NEW.revenue_raised, NEW.recorded_at, 0)')};
END;
CREATE TRIGGER risk_inspections_risk_outcome AFTER INSERT ON risk_inspections BEGIN
${upsert('VALUES (NEW.declaration_id, NEW.fraud, NEW.critical_fraud, NEW.revenue_raised, NEW.recorded_at, 1)')};
END;
`,
};
