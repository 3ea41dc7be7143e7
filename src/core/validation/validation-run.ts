import type { Declaration } from '../model/declaration-schema.js';
import type { Finding } from '../model/finding.js';
import { pointerFor } from '../model/pointer.js';
import { formatCalendarDate, parseCalendarDate } from '../reference/calendar-date.js';
import type { DataSet, DeclarationKind } from '../reference/code-lists.js';
import { hsVersionFor, type HsVersion } from '../reference/hs-version.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { FindingFacts, RuleMeta, RuleText } from './rule.js';
import type { ValidationContext } from './validation-context.js';

/** Which date the code lists were checked at. */
export type DateSource = 'issue' | 'acceptance' | 'today';

/**
 * One validation of one declaration: what every rule needs to know, worked out once
 * (declaration kind, the date that decides which HS edition applies), and the findings so far.
 */
export class ValidationRun {
  readonly findings: Finding[] = [];
  readonly reference: ReferenceData;
  readonly nowMs: number;
  /** UTC midnight of the date codes are checked at: issue date, else acceptance date, else today. */
  readonly dateMs: number;
  readonly dateSource: DateSource;
  /** Parsed declaration and acceptance dates (UTC midnight), NaN when absent or unreadable. */
  readonly issueMs: number;
  readonly acceptanceMs: number;
  readonly hsVersion: HsVersion | undefined;
  readonly kind: DeclarationKind | 'unknown';
  readonly dataSet: DataSet;
  /** Message function 9: a first submission, which must carry the full data set of its type. */
  readonly isOriginal: boolean;
  /** Message function 1, 4, 5 or 13: a change to a declaration already lodged. */
  readonly amends: boolean;

  constructor(
    readonly declaration: Declaration,
    readonly context: ValidationContext,
  ) {
    const { reference, now } = context;
    this.reference = reference;
    this.nowMs = typeof now === 'string' ? parseNow(now) : now.getTime();
    const issue = declaration.issueDate === undefined ? NaN : parseCalendarDate(declaration.issueDate.trim());
    const acceptance =
      declaration.acceptanceDate === undefined ? NaN : parseCalendarDate(declaration.acceptanceDate.trim());
    this.issueMs = issue;
    this.acceptanceMs = acceptance;
    this.dateSource = !Number.isNaN(issue) ? 'issue' : !Number.isNaN(acceptance) ? 'acceptance' : 'today';
    this.dateMs = this.dateSource === 'issue' ? issue : this.dateSource === 'acceptance' ? acceptance : this.todayMs();
    this.hsVersion = hsVersionFor(this.dateMs);
    const functionCode = declaration.functionCode.trim();
    this.isOriginal = functionCode === '9';
    this.amends = reference.codeLists.messageFunction(functionCode)?.amends ?? false;
    const type = declaration.typeCode ? reference.codeLists.declarationType(declaration.typeCode.trim()) : undefined;
    this.kind = type?.kind ?? (declaration.typeCode ? 'unknown' : inferKind(declaration));
    this.dataSet = type?.dataSet ?? 'full';
  }

  /** An original declaration (not a request about another one): the required-element rules apply. */
  get isOriginalDeclaration(): boolean {
    return this.isOriginal && this.kind !== 'request';
  }

  /** An original declaration that must carry the full data set (not simplified, not a summary). */
  get needsFullData(): boolean {
    return this.isOriginalDeclaration && this.dataSet === 'full';
  }

  /** `2020-03-04`: the date codes were checked at. */
  get dateText(): string {
    return formatCalendarDate(this.dateMs);
  }

  report<F extends FindingFacts>(rule: RuleMeta & RuleText<F>, facts: F): void {
    const finding: Finding = {
      ruleId: rule.id,
      severity: rule.severity,
      pointer: pointerFor(facts.path),
      message: rule.message(facts),
      fix: rule.fix(facts),
    };
    if (facts.value !== undefined) finding.value = facts.value;
    if (facts.suggestions !== undefined && facts.suggestions.length > 0) finding.suggestions = facts.suggestions;
    this.findings.push(finding);
  }

  private todayMs(): number {
    const now = Number.isNaN(this.nowMs) ? 0 : this.nowMs;
    return now - (now % 86_400_000);
  }
}

let lastNow = '';
let lastNowMs = NaN;

/** A batch validates with one `now` string: parse it once. */
function parseNow(now: string): number {
  if (now !== lastNow) {
    lastNow = now;
    lastNowMs = Date.parse(now);
  }
  return lastNowMs;
}

/** Without a type code, the parties tell: an importer makes it an import. */
function inferKind(declaration: Declaration): DeclarationKind | 'unknown' {
  const { importer, exporter } = declaration.parties;
  if (importer?.id || importer?.name) return 'import';
  if (exporter?.id || exporter?.name) return 'export';
  return 'unknown';
}
