import type { Declaration } from '../core/model/declaration-schema.js';
import type { Finding } from '../core/model/finding.js';
import { isEcommerce } from './is-ecommerce.js';

/** A stored version as the analytics catch-up reads it: the store's query columns plus the documents. */
export interface VersionRow {
  id: string;
  version: number;
  issue_date: string;
  status: 'accepted' | 'rejected';
  quality_score: number;
  lrn: string | null;
  importer_id: string | null;
  declarant_id: string | null;
  hs_codes: string;
  source: string;
  /** JSON text (SQLite) or parsed JSON (PostgreSQL `json`). */
  declaration: string | object;
  findings: string | object;
}

export interface CodeValue {
  code: string;
  customsValue: number;
}

/** One declaration's row in the analytics tables (its latest version). */
export interface DeclarationFact {
  id: string;
  version: number;
  issueDate: string;
  office: string;
  source: string;
  status: 'accepted' | 'rejected';
  qualityScore: number;
  hasError: boolean;
  lrn: string | null;
  declarantId: string;
  importerId: string;
  ecommerce: boolean;
  customsValue: number;
  hsCodes: string;
  /** HS chapters of the goods items with their customs value (items without a code are left out). */
  chapters: CodeValue[];
  /** Countries of origin of the goods items with their customs value. */
  origins: CodeValue[];
  /** Distinct failing rules with their worst severity. */
  rules: { ruleId: string; severity: Finding['severity'] }[];
}

const parse = <T>(value: string | object): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export function toDeclarationFact(row: VersionRow): DeclarationFact {
  const declaration = parse<Declaration>(row.declaration);
  const findings = parse<Pick<Finding, 'ruleId' | 'severity'>[]>(row.findings);
  const items = goodsOf(declaration);
  return {
    id: row.id,
    version: row.version,
    issueDate: row.issue_date,
    office: declaration.declarationOfficeId?.trim() ?? '',
    source: row.source,
    status: row.status,
    qualityScore: row.quality_score,
    hasError: findings.some((finding) => finding.severity === 'error'),
    lrn: row.lrn,
    declarantId: row.declarant_id ?? '',
    importerId: row.importer_id ?? '',
    ecommerce: isEcommerce(declaration),
    customsValue: items.reduce((total, item) => total + item.value, 0),
    hsCodes: row.hs_codes,
    chapters: sumBy(items, (item) => item.chapter),
    origins: sumBy(items, (item) => item.origin),
    rules: worstSeverities(findings),
  };
}

interface ItemFacts {
  chapter: string;
  origin: string;
  value: number;
}

function goodsOf(declaration: Declaration): ItemFacts[] {
  return (declaration.goodsItems ?? []).map((item) => {
    const code = item.classifications?.[0]?.id?.replace(/\D/g, '') ?? '';
    const value = item.customsValue ?? item.itemPrice;
    return {
      chapter: code.length >= 2 ? code.slice(0, 2) : '',
      origin: item.originCountryCode?.trim().toUpperCase() ?? '',
      value: typeof value === 'number' && Number.isFinite(value) ? value : 0,
    };
  });
}

function sumBy(items: readonly ItemFacts[], key: (item: ItemFacts) => string): CodeValue[] {
  const sums = new Map<string, number>();
  for (const item of items) {
    const code = key(item);
    if (code !== '') sums.set(code, (sums.get(code) ?? 0) + item.value);
  }
  return [...sums].map(([code, customsValue]) => ({ code, customsValue }));
}

function worstSeverities(findings: readonly Pick<Finding, 'ruleId' | 'severity'>[]): DeclarationFact['rules'] {
  const rules = new Map<string, Finding['severity']>();
  for (const { ruleId, severity } of findings) {
    if (rules.get(ruleId) !== 'error') rules.set(ruleId, severity);
  }
  return [...rules].map(([ruleId, severity]) => ({ ruleId, severity }));
}
