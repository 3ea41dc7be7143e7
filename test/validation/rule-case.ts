import type { Declaration, GoodsItem } from '../../src/core/model/declaration-schema.js';
import type { ValidationContext } from '../../src/core/validation/validation-context.js';

/** One rule's good and bad case: a change to a clean declaration, and the context to validate it in. */
export interface RuleCase {
  rule: string;
  /** Makes the clean declaration fail the rule. */
  bad: (declaration: Declaration) => void;
  /** The path the finding must point at. */
  path: string;
  /** A near miss that must pass the rule (default: the clean declaration itself). */
  good?: (declaration: Declaration) => void;
  context?: Partial<ValidationContext>;
  goodContext?: Partial<ValidationContext>;
  /** Expected suggestions, when the rule makes some. */
  suggestions?: string[];
}

export const first = (declaration: Declaration): GoodsItem => declaration.goodsItems[0]!;
