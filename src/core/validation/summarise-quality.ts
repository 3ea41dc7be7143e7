import type { Finding } from '../model/finding.js';

/** What the quality summary needs of a stored record (a DeclarationRecord fits). */
export interface QualityRecord {
  declaration: { parties: { declarant?: { id?: string }; importer?: { id?: string } } };
  lineage: { source: string };
  findings: readonly Pick<Finding, 'ruleId' | 'severity'>[];
  qualityScore: number;
}

export interface QualitySummaryOptions {
  /** Groups sources; default the part before the first `:` (`api`, `file`, `broker`). */
  sourceKey?: (source: string) => string;
  /** Failing rules listed per group. Default 5. */
  topRules?: number;
}

/** Score buckets: `0-19`, `20-39`, `40-59`, `60-79`, `80-99`, `100`. */
export const SCORE_BUCKETS = ['0-19', '20-39', '40-59', '60-79', '80-99', '100'] as const;
export type ScoreBucket = (typeof SCORE_BUCKETS)[number];

export interface QualityGroup {
  /** Declarant or importer id, source prefix; `(none)` when absent; `all` for the overall group. */
  key: string;
  declarations: number;
  meanScore: number;
  /** Declarations with at least one error. */
  withErrors: number;
  buckets: Record<ScoreBucket, number>;
  /** The most frequent failing rules, most frequent first (ties by rule id). */
  topRules: { ruleId: string; declarations: number }[];
}

export interface QualitySummary {
  overall: QualityGroup;
  byDeclarant: QualityGroup[];
  byImporter: QualityGroup[];
  bySource: QualityGroup[];
}

const NONE = '(none)';

/** Quality per filer (declarant, importer) and per source, with score distribution and the rules that fail most. */
export function summariseQuality(
  records: Iterable<QualityRecord>,
  options: QualitySummaryOptions = {},
): QualitySummary {
  const sourceKey = options.sourceKey ?? ((source: string) => source.split(':', 1)[0] ?? source);
  const overall = new GroupTally('all');
  const groups = {
    declarant: new Map<string, GroupTally>(),
    importer: new Map<string, GroupTally>(),
    source: new Map<string, GroupTally>(),
  };
  for (const record of records) {
    overall.add(record);
    const { declarant, importer } = record.declaration.parties;
    tally(groups.declarant, declarant?.id?.trim() || NONE, record);
    tally(groups.importer, importer?.id?.trim() || NONE, record);
    tally(groups.source, sourceKey(record.lineage.source), record);
  }
  const top = options.topRules ?? 5;
  const list = (map: Map<string, GroupTally>) =>
    [...map.values()]
      .map((group) => group.summary(top))
      .sort((a, b) => b.declarations - a.declarations || a.key.localeCompare(b.key));
  return {
    overall: overall.summary(top),
    byDeclarant: list(groups.declarant),
    byImporter: list(groups.importer),
    bySource: list(groups.source),
  };
}

function tally(map: Map<string, GroupTally>, key: string, record: QualityRecord): void {
  let group = map.get(key);
  if (!group) map.set(key, (group = new GroupTally(key)));
  group.add(record);
}

class GroupTally {
  private declarations = 0;
  private scoreSum = 0;
  private withErrors = 0;
  private readonly buckets = Object.fromEntries(SCORE_BUCKETS.map((bucket) => [bucket, 0])) as Record<
    ScoreBucket,
    number
  >;
  private readonly rules = new Map<string, number>();

  constructor(private readonly key: string) {}

  add(record: QualityRecord): void {
    this.declarations++;
    this.scoreSum += record.qualityScore;
    this.buckets[bucketOf(record.qualityScore)]++;
    if (record.findings.some((finding) => finding.severity === 'error')) this.withErrors++;
    for (const ruleId of new Set(record.findings.map((finding) => finding.ruleId)))
      this.rules.set(ruleId, (this.rules.get(ruleId) ?? 0) + 1);
  }

  summary(top: number): QualityGroup {
    return {
      key: this.key,
      declarations: this.declarations,
      meanScore: this.declarations === 0 ? 0 : Math.round((this.scoreSum / this.declarations) * 10) / 10,
      withErrors: this.withErrors,
      buckets: { ...this.buckets },
      topRules: [...this.rules]
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, top)
        .map(([ruleId, declarations]) => ({ ruleId, declarations })),
    };
  }
}

function bucketOf(score: number): ScoreBucket {
  if (score >= 100) return '100';
  if (score >= 80) return '80-99';
  if (score >= 60) return '60-79';
  if (score >= 40) return '40-59';
  if (score >= 20) return '20-39';
  return '0-19';
}
