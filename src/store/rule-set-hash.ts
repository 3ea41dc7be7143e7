import { createHash } from 'node:crypto';
import type { RuleSetDocument } from '../core/ports/rule-set-store.js';

/** Hash of what makes a rule set version: saving the same content again is a duplicate, other content a conflict. */
export function ruleSetHash(ruleSet: RuleSetDocument): string {
  const { id, version, author, reason, validFrom, validTo, rules } = ruleSet;
  const content = JSON.stringify({ id, version, author, reason, validFrom, validTo: validTo ?? null, rules });
  return createHash('sha256').update(content).digest('hex');
}
