/** The version row columns the catch-up reads, over `declaration_versions v`. */
export const VERSION_ROW_COLUMNS =
  'v.id, v.version, v.issue_date, v.status, v.quality_score, v.lrn, v.importer_id, v.declarant_id, v.hs_codes, ' +
  'v.source, v.declaration, v.findings';
