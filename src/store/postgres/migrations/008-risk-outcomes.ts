import type { Migration } from '../../migration.js';

const UPSERT = `
ON CONFLICT (declaration_id) DO UPDATE SET fraud = excluded.fraud, critical_fraud = excluded.critical_fraud,
  revenue_raised = excluded.revenue_raised, recorded_at = excluded.recorded_at, from_inspection = excluded.from_inspection
WHERE excluded.recorded_at > risk_outcomes.recorded_at
  OR (excluded.recorded_at = risk_outcomes.recorded_at AND excluded.from_inspection >= risk_outcomes.from_inspection)`;
const COLUMNS = '(declaration_id, fraud, critical_fraud, revenue_raised, recorded_at, from_inspection)';

/** The same logical model as SQLite's migration 008 (latest outcome per declaration, kept by triggers). */
export const riskOutcomesMigration: Migration = {
  version: 8,
  name: 'risk-outcomes',
  sql: `
CREATE TABLE risk_outcomes (
  declaration_id text COLLATE "C" PRIMARY KEY,
  fraud smallint NOT NULL CHECK (fraud IN (0, 1)),
  critical_fraud smallint,
  revenue_raised double precision,
  recorded_at timestamptz NOT NULL,
  from_inspection boolean NOT NULL
);

INSERT INTO risk_outcomes ${COLUMNS}
SELECT DISTINCT ON (id) id, fraud, critical_fraud, revenue_raised, recorded_at, false FROM inspection_outcomes
ORDER BY id, seq DESC;
INSERT INTO risk_outcomes ${COLUMNS}
SELECT DISTINCT ON (declaration_id) declaration_id, fraud, critical_fraud, revenue_raised, recorded_at::timestamptz, true
FROM risk_inspections ORDER BY declaration_id, seq DESC
${UPSERT};

CREATE FUNCTION tamga_risk_outcome_declared() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO risk_outcomes ${COLUMNS}
  VALUES (NEW.id, NEW.fraud, NEW.critical_fraud, NEW.revenue_raised, NEW.recorded_at, false)
  ${UPSERT};
  RETURN NULL;
END $$;
CREATE FUNCTION tamga_risk_outcome_inspected() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO risk_outcomes ${COLUMNS}
  VALUES (NEW.declaration_id, NEW.fraud, NEW.critical_fraud, NEW.revenue_raised, NEW.recorded_at::timestamptz, true)
  ${UPSERT};
  RETURN NULL;
END $$;
CREATE TRIGGER inspection_outcomes_risk_outcome AFTER INSERT ON inspection_outcomes
  FOR EACH ROW EXECUTE FUNCTION tamga_risk_outcome_declared();
CREATE TRIGGER risk_inspections_risk_outcome AFTER INSERT ON risk_inspections
  FOR EACH ROW EXECUTE FUNCTION tamga_risk_outcome_inspected();
`,
};
