import type { ModelActivation, ModelSummary } from '../core/ports/model-registry.js';
import type { NewRiskDecision, StoredRiskDecision } from '../core/ports/risk-decision-store.js';
import type { StoredRuleSet } from '../core/ports/rule-set-store.js';
import type { Explanation } from '../core/risk/explain/explain-prediction.js';
import type { Lane } from '../core/risk/rules/targeting-rule.js';

/*
 * Rows of the risk tables as either driver returns them: SQLite gives JSON as text, integers as
 * numbers and flags as 0/1; PostgreSQL gives json parsed, bigint as text and booleans.
 */
export type Json = unknown;
export type Flag = number | boolean;
export type Int = number | string;

export const json = <T>(value: Json): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
export const flag = (value: Flag): boolean => value === true || value === 1;
export const optional = <K extends string, V>(key: K, value: V | null | undefined): Partial<Record<K, V>> =>
  value === null || value === undefined ? {} : ({ [key]: value } as Record<K, V>);

export const MODEL_SUMMARY_COLUMNS =
  'version, created_at, registered_at, trained_from, trained_to, training_rows, training_frauds, note, ' +
  'artifact_sha256, artifact_bytes, params, metrics';

export interface ModelRow {
  version: string;
  created_at: string;
  registered_at: string;
  trained_from: string;
  trained_to: string;
  training_rows: number;
  training_frauds: number;
  note: string | null;
  artifact_sha256: string;
  artifact_bytes: number;
  params: Json;
  metrics: Json;
}

export function toModelSummary(row: ModelRow): ModelSummary {
  return {
    version: row.version,
    createdAt: row.created_at,
    registeredAt: row.registered_at,
    training: { from: row.trained_from, to: row.trained_to, rows: row.training_rows, frauds: row.training_frauds },
    params: json(row.params),
    metrics: json(row.metrics),
    artifactSha256: row.artifact_sha256,
    artifactBytes: row.artifact_bytes,
    ...optional('note', row.note),
  };
}

export interface ActivationRow {
  seq: Int;
  version: string;
  action: 'promote' | 'rollback';
  at: string;
  actor: string | null;
  reason: string | null;
}

export function toActivation(row: ActivationRow): ModelActivation {
  return {
    seq: Number(row.seq),
    version: row.version,
    action: row.action,
    at: row.at,
    ...optional('actor', row.actor),
    ...optional('reason', row.reason),
  };
}

export interface RuleSetRow {
  id: string;
  version: number;
  author: string;
  reason: string;
  valid_from: string;
  valid_to: string | null;
  stored_at: string;
  content_sha256: string;
  rules: Json;
}

export function toStoredRuleSet(row: RuleSetRow): StoredRuleSet {
  return {
    id: row.id,
    version: row.version,
    author: row.author,
    reason: row.reason,
    validFrom: row.valid_from,
    ...optional('validTo', row.valid_to),
    rules: json(row.rules),
    storedAt: row.stored_at,
  };
}

export const DECISION_COLUMNS =
  'd.seq, d.declaration_id, d.declaration_version, d.issue_date, d.lane, d.basis, d.score, d.model_version, ' +
  'd.rule_set_id, d.rule_set_version, d.input_hash, d.exploration, d.run, d.decided_at, d.rules, d.reasons, ' +
  'd.subject, coalesce(d.explanation, e.explanation) AS explanation';

/** The decision columns written, in this order, by both adapters. */
export const DECISION_INSERT_COLUMNS = [
  'declaration_id',
  'declaration_version',
  'issue_date',
  'lane',
  'basis',
  'score',
  'model_version',
  'rule_set_id',
  'rule_set_version',
  'input_hash',
  'exploration',
  'run',
  'decided_at',
  'rules',
  'reasons',
  'subject',
  'explanation',
  'features',
] as const;

export interface DecisionRow {
  seq: Int;
  declaration_id: string;
  declaration_version: number;
  issue_date: string;
  lane: Lane;
  basis: StoredRiskDecision['basis'];
  score: number | null;
  model_version: string;
  rule_set_id: string | null;
  rule_set_version: number | null;
  input_hash: string;
  exploration: Flag;
  run: StoredRiskDecision['run'];
  decided_at: string;
  rules: Json;
  reasons: Json;
  subject: Json;
  explanation: Json;
  features?: Json;
}

/** Values of one decision in DECISION_INSERT_COLUMNS order; documents as JSON text. */
export function decisionValues(d: NewRiskDecision): (string | number | null)[] {
  const text = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
  return [
    d.declarationId,
    d.declarationVersion,
    d.date,
    d.lane,
    d.basis,
    Number.isFinite(d.score) ? d.score : null,
    d.modelVersion,
    d.ruleSet?.id ?? null,
    d.ruleSet?.version ?? null,
    d.inputHash,
    d.exploration ? 1 : 0,
    d.run,
    d.decidedAt,
    JSON.stringify(d.rules),
    JSON.stringify(d.reasons),
    JSON.stringify(d.subject),
    text(d.explanation),
    text(d.features),
  ];
}

export function toStoredDecision(row: DecisionRow): StoredRiskDecision {
  const decision: StoredRiskDecision = {
    seq: Number(row.seq),
    declarationId: row.declaration_id,
    declarationVersion: row.declaration_version,
    date: row.issue_date,
    lane: row.lane,
    basis: row.basis,
    score: row.score ?? Number.NaN,
    modelVersion: row.model_version,
    rules: json(row.rules),
    inputHash: row.input_hash,
    exploration: flag(row.exploration),
    reasons: json(row.reasons),
    decidedAt: row.decided_at,
    run: row.run,
    subject: json(row.subject),
  };
  if (row.rule_set_id !== null && row.rule_set_version !== null)
    decision.ruleSet = { id: row.rule_set_id, version: row.rule_set_version };
  if (row.explanation !== null) decision.explanation = json<Explanation>(row.explanation);
  if (row.features !== undefined && row.features !== null) decision.features = json(row.features);
  return decision;
}
