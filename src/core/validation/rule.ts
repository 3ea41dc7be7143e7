import type { Declaration, GoodsItem } from '../model/declaration-schema.js';
import type { Severity } from '../model/finding.js';
import type { ValidationRun } from './validation-run.js';

export type RuleCategory =
  | 'required'
  | 'code-list'
  | 'classification'
  | 'description'
  | 'numeric'
  | 'unit-value'
  | 'date'
  | 'identifier'
  | 'totals'
  | 'duplicate'
  | 'preference';

/** What a rule is, for the catalogue, the docs and the API. */
export interface RuleMeta {
  /** Stable identifier, e.g. `HS-UNKNOWN`. */
  id: string;
  severity: Severity;
  category: RuleCategory;
  /** Canonical path pattern of the element the rule points at, e.g. `goodsItems[].classifications[].id`. */
  element: string;
  /** Short plain-language name of the check. */
  title: string;
  /** Which declarations the rule looks at, in plain words. */
  appliesTo: string;
}

/** Where a finding points and what it is about; each rule adds the facts its message needs. */
export interface FindingFacts {
  /** Canonical path of the offending element, with indices. */
  path: string;
  /** The offending value, as received. */
  value?: string;
  /** Candidate corrections, best first. */
  suggestions?: string[];
}

/** How a rule speaks: message and fix are written for an occasional shipper, from the facts of one failure. */
export interface RuleText<F extends FindingFacts> {
  message(facts: F): string;
  fix(facts: F): string;
  /** Facts of a typical failure, to show the wording in the catalogue. */
  example: F;
}

export interface DeclarationRule<F extends FindingFacts = FindingFacts> extends RuleMeta, RuleText<F> {
  scope: 'declaration';
  check(declaration: Declaration, run: ValidationRun): void;
}

export interface ItemRule<F extends FindingFacts = FindingFacts> extends RuleMeta, RuleText<F> {
  scope: 'item';
  check(item: GoodsItem, index: number, run: ValidationRun): void;
}

/**
 * Rules are data: metadata, wording, and a check that reports findings to the run. (Methods
 * are bivariant, so a rule with richer facts still fits this common type.)
 */
export type ValidationRule = DeclarationRule | ItemRule;
