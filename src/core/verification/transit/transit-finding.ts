import type { Severity } from '../../model/finding.js';
import type { TransitMovement } from '../../model/transit-movement.js';
import {
  verificationFindingId,
  type VerificationCode,
  type VerificationFinding,
  type VerificationMeasure,
} from '../verification-finding.js';

export interface TransitFindingInput {
  code: VerificationCode;
  severity: Severity;
  /** NCTS path of the element concerned. */
  element: string;
  message: string;
  fix: string;
  measure?: VerificationMeasure;
  evidence?: Record<string, string | number>;
  /** Distinguishes findings of one code on one movement (container, goods item). */
  detail?: string | number;
}

/** The reference a movement is known by: its MRN, else its LRN. */
export function movementReference(movement: TransitMovement): string {
  return movement.mrn ?? `LRN:${movement.lrn ?? '?'}`;
}

export function transitFinding(movement: TransitMovement, input: TransitFindingInput): VerificationFinding {
  const reference = movementReference(movement);
  const finding: VerificationFinding = {
    id: verificationFindingId(input.code, input.detail === undefined ? [reference] : [reference, input.detail]),
    check: 'transit',
    code: input.code,
    severity: input.severity,
    subject: { kind: 'transit-movement', mrn: reference },
    declarationIds: [],
    element: input.element,
    message: input.message,
    fix: input.fix,
    evidence: {
      officeOfDeparture: movement.officeOfDeparture,
      officeOfDestination: movement.officeOfDestinationDeclared,
      ...(movement.holder.id ? { holder: movement.holder.id } : {}),
      ...input.evidence,
    },
  };
  if (input.measure) finding.measure = input.measure;
  return finding;
}
