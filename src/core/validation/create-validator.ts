import type { Declaration } from '../model/declaration-schema.js';
import type { ReferenceData } from '../reference/reference-data.js';
import { UnitValueHistory } from './unit-value-history.js';
import { validateDeclaration } from './validate-declaration.js';
import type { ExistingVersion, ValidationResult } from './validation-context.js';

export interface ValidatorOptions {
  reference: ReferenceData;
  /** Learnt unit values; a new empty history when absent. Seed it with `seedUnitValueHistory`. */
  unitValues?: UnitValueHistory;
  /** The clock; default the system time. */
  now?: () => Date;
}

/** The validation engine bound to its reference data, as the ingest pipeline uses it. */
export interface DeclarationValidator {
  validate(declaration: Declaration, context: { contentHash?: string; existing?: ExistingVersion }): ValidationResult;
  /** Teaches the unit-value history an accepted declaration. */
  learn(declaration: Declaration): void;
  readonly unitValues: UnitValueHistory;
}

/** Binds reference data, unit-value history and clock (matches core/ingest's DeclarationValidator). */
export function createDeclarationValidator(options: ValidatorOptions): DeclarationValidator {
  const unitValues = options.unitValues ?? new UnitValueHistory();
  const now = options.now ?? (() => new Date());
  return {
    unitValues,
    validate(declaration, context) {
      return validateDeclaration(declaration, {
        reference: options.reference,
        unitValues,
        now: now(),
        ...(context.contentHash !== undefined ? { contentHash: context.contentHash } : {}),
        ...(context.existing ? { existing: context.existing } : {}),
      });
    },
    learn(declaration) {
      unitValues.addDeclaration(declaration);
    },
  };
}
