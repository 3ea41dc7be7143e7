import type { Declaration } from '../../../src/core/model/declaration-schema.js';
import type { ReferenceData } from '../../../src/core/reference/reference-data.js';
import { iso6346CheckDigit } from '../../../src/core/validation/check-digits.js';
import type { ValidationContext } from '../../../src/core/validation/validation-context.js';
import { loadReferenceData } from '../../../src/reference-data/load-reference-data.js';
import { buildDeclaration } from '../../support/factories.js';

export const reference: ReferenceData = loadReferenceData();

/** The moment the tests validate at. */
export const NOW = '2024-06-01T09:30:00Z';

/**
 * A factory declaration (import, HS 2022 codes, dated 2024) that passes every rule: the
 * factory's container numbers are given their ISO 6346 check digit.
 */
export function cleanDeclaration(overrides: Partial<Declaration> = {}): Declaration {
  const declaration = buildDeclaration({ issueDate: '2024-03-04', ...overrides });
  for (const container of declaration.consignment.containers ?? []) {
    if (!container.id) continue;
    const body = container.id.slice(0, 10);
    container.id = body + String(iso6346CheckDigit(body));
  }
  return declaration;
}

export function context(extra: Partial<ValidationContext> = {}): ValidationContext {
  return { reference, now: NOW, ...extra };
}
