import type { Migration } from '../../migration.js';

/**
 * Dashboard aggregates, second step (src/analytics): indexes that lead with the office (an
 * office filter then reads only that office's entries), chapters by code (agency scopes), and
 * store-wide sums per filer, so that the busiest and weakest filers over all the data are read
 * from `analytics_filers` instead of grouping every declaration.
 */
export const analyticsIndexesMigration: Migration = {
  version: 5,
  name: 'analytics-indexes',
  sql: `
CREATE INDEX analytics_declarations_by_office ON analytics_declarations (office, issue_date, source, lane, status,
  quality_score, has_error, fraud, revenue_raised, ecommerce, declarant_id, importer_id);
CREATE INDEX analytics_rule_hits_by_office ON analytics_rule_hits (office, issue_date, source, rule_id, severity,
  ecommerce, declarant_id, importer_id);
CREATE INDEX analytics_chapters_by_code ON analytics_chapters (chapter, id);

ALTER TABLE analytics_filers ADD COLUMN score_sum REAL NOT NULL DEFAULT 0;
ALTER TABLE analytics_filers ADD COLUMN with_errors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE analytics_filers ADD COLUMN ecommerce INTEGER NOT NULL DEFAULT 0;
UPDATE analytics_filers SET
  score_sum = coalesce((SELECT sum(a.quality_score) FROM analytics_declarations a
    WHERE a.declarant_id = analytics_filers.filer), 0),
  with_errors = coalesce((SELECT sum(a.has_error) FROM analytics_declarations a
    WHERE a.declarant_id = analytics_filers.filer), 0),
  ecommerce = coalesce((SELECT sum(a.ecommerce) FROM analytics_declarations a
    WHERE a.declarant_id = analytics_filers.filer), 0)
  WHERE role = 'declarant';
UPDATE analytics_filers SET
  score_sum = coalesce((SELECT sum(a.quality_score) FROM analytics_declarations a
    WHERE a.importer_id = analytics_filers.filer), 0),
  with_errors = coalesce((SELECT sum(a.has_error) FROM analytics_declarations a
    WHERE a.importer_id = analytics_filers.filer), 0),
  ecommerce = coalesce((SELECT sum(a.ecommerce) FROM analytics_declarations a
    WHERE a.importer_id = analytics_filers.filer), 0)
  WHERE role = 'importer';
CREATE INDEX analytics_filers_busiest ON analytics_filers (role, declarations, filer);
`,
};
