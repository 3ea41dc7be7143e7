import type { QualityGroup } from '../validation/summarise-quality.js';

/** Lanes as the risk engine assigns them, and `unscored` for declarations it has not scored. */
export type AnalyticsLane = 'red' | 'yellow' | 'green' | 'blue' | 'unscored';

/** Filters every dashboard view takes. Dates are inclusive `YYYY-MM-DD`; absent means the data's range. */
export interface AnalyticsFilter {
  from?: string;
  to?: string;
  /** Declaration office (WCO 065), exact. */
  office?: string;
  /** Lineage source, exact (`api`, `file:data-samples/...csv`). */
  source?: string;
}

/** A filter with its date range resolved against the data. */
export interface ResolvedFilter extends AnalyticsFilter {
  from: string;
  to: string;
}

/** What the store holds, for the filter controls and the "latest day" defaults. */
export interface AnalyticsMeta {
  declarations: number;
  /** Earliest and latest declaration dates; undefined when the store is empty. */
  firstDate?: string;
  lastDate?: string;
  offices: { office: string; declarations: number }[];
  sources: { source: string; declarations: number }[];
  /** Declarations with a lane recorded by the risk engine. */
  scored: number;
  /** Declarations with an inspection outcome. */
  inspected: number;
}

export interface Tally {
  declarations: number;
  inspected: number;
  /** Inspections that found fraud. */
  hits: number;
  /** hits / inspected, 0 when nothing was inspected. */
  hitRate: number;
}

export interface DayTally extends Tally {
  date: string;
  rejected: number;
  revenueRaised: number;
  meanQuality: number;
}

export interface OverviewAnalytics {
  filter: ResolvedFilter;
  totals: Tally & { rejected: number; revenueRaised: number; meanQuality: number };
  perDay: DayTally[];
  lanes: (Tally & { lane: AnalyticsLane })[];
  /** HS chapters (2 digits) by declarations, most first. */
  topChapters: (Tally & { code: string; customsValue: number })[];
  /** Countries of origin by declarations, most first. */
  topOrigins: (Tally & { code: string; customsValue: number })[];
  /** ISO weeks (`2020-W07`): mean quality score and share of declarations with an error. */
  qualityTrend: { week: string; declarations: number; meanScore: number; withErrors: number }[];
}

export type FilerRole = 'declarant' | 'importer';

export interface FilerQuality extends QualityGroup {
  /** Most of the filer's declarations look like e-commerce (courier, postal, H7). */
  ecommerce: boolean;
  /** The filer has at most `occasionalMax` declarations in the whole store. */
  occasional: boolean;
}

export interface QualityAnalytics {
  filter: ResolvedFilter;
  filerRole: FilerRole;
  /** Declarations of at most this many per filer make an occasional filer. */
  occasionalMax: number;
  overall: QualityGroup;
  bySource: QualityGroup[];
  /** E-commerce declarations, occasional filers' declarations, and the rest. */
  segments: { ecommerce: QualityGroup; occasional: QualityGroup; regular: QualityGroup };
  /** Filers with the most declarations. */
  busiestFilers: FilerQuality[];
  /** Filers with the lowest mean score (at least 2 declarations), worst first. */
  weakestFilers: FilerQuality[];
  /** Rules that fail most, with severity. */
  topRules: { ruleId: string; severity: 'error' | 'warning'; declarations: number }[];
}

export interface QualityQuery extends AnalyticsFilter {
  filerRole?: FilerRole;
  /** Default 50. */
  limit?: number;
}

/** A lane the risk engine gave a declaration; the latest recorded wins. */
export interface LaneFact {
  declarationId: string;
  lane: Exclude<AnalyticsLane, 'unscored'>;
  score?: number;
  modelVersion?: string;
  /** ISO 8601. */
  decidedAt: string;
}

export interface DeclarationListQuery extends AnalyticsFilter {
  /** HS prefixes (2-6 digits); a declaration with a goods item under one of them matches. */
  hsPrefixes?: string[];
  /** Origin countries; same rule. */
  originCountries?: string[];
  /** Default 50, at most 500. */
  limit?: number;
  offset?: number;
}

export interface DeclarationListItem {
  id: string;
  version: number;
  lrn?: string;
  issueDate: string;
  office: string;
  source: string;
  status: 'accepted' | 'rejected';
  qualityScore: number;
  hsCodes: string[];
  origins: string[];
  lane: AnalyticsLane;
}

export interface RefreshReport {
  versions: number;
  outcomes: number;
}

/**
 * Aggregates for the dashboard, kept in tables of their own next to the declaration store:
 * `refresh()` folds in versions and inspection outcomes appended since the last call (the
 * read methods call it first), so that every view is an indexed query, never a scan of documents.
 * Implementations: src/analytics/sqlite and src/analytics/postgres, one contract suite.
 */
export interface AnalyticsStore {
  refresh(): Promise<RefreshReport>;
  meta(): Promise<AnalyticsMeta>;
  overview(filter: AnalyticsFilter): Promise<OverviewAnalytics>;
  quality(query: QualityQuery): Promise<QualityAnalytics>;
  /** Latest versions in the filter, newest first. */
  declarations(query: DeclarationListQuery): Promise<{ items: DeclarationListItem[]; total: number }>;
  /** Lanes decided by the risk engine (called where decisions are stored). */
  recordLanes(lanes: readonly LaneFact[]): Promise<void>;
  close(): Promise<void>;
}
