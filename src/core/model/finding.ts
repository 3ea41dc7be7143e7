/**
 * A place in the canonical declaration, resolvable to the WCO element it stands for,
 * the way a WCO Response `Error/Pointer` names it: a chain of class IDs (with the
 * sequence number of repeated classes) ending at an element ID.
 */
export interface Pointer {
  /** Canonical path, e.g. `goodsItems[0].classifications[0].id`. */
  path: string;
  /** WCO element ID (`145`) or, for a whole class, its class ID (`68A`). */
  wcoId: string;
  /** Path in the WCO DEC-DMS element tree. */
  xpath: string;
  /** WCO class chain, outermost first: `42A`, `67A`, `68A` (sequence 1), `23A`, `21A`. */
  sections: PointerSection[];
}

export interface PointerSection {
  classId: string;
  /** 1-based sequence of a repeated class (goods item number and the like). */
  sequence?: number;
}

export type Severity = 'error' | 'warning';

/** A validation result: a value, never an exception. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  pointer: Pointer;
  /** Plain language, written for an occasional shipper. */
  message: string;
  /** What to do about it. */
  fix: string;
  /** The offending value, as received. */
  value?: string;
  /** Candidate corrections ("did you mean"), best first. */
  suggestions?: string[];
}
