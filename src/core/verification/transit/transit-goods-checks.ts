import type { TransitEquipment, TransitMovement, UnloadingObservation } from '../../model/transit-movement.js';
import type { VerificationFinding } from '../verification-finding.js';
import type { TransitControlOptions } from './transit-control-options.js';
import { transitFinding } from './transit-finding.js';

const equipmentKey = (equipment: TransitEquipment) => equipment.containerId ?? `#${equipment.sequence}`;
const sealKey = (seal: string) => seal.toUpperCase().replace(/\s+/g, '');

/** Seals declared at departure against those read at destination, container by container. */
export function sealFindings(
  movement: TransitMovement,
  found: UnloadingObservation | undefined,
): VerificationFinding[] {
  const findings: VerificationFinding[] = [];
  if (found?.sealsIntact === false) {
    findings.push(
      transitFinding(movement, {
        code: 'transit-seals-broken',
        severity: 'error',
        element: 'UnloadingRemark/stateOfSeals',
        message: 'The office of destination reports the seals as broken or missing.',
        fix: 'Examine the goods fully before release and ask the holder for the incident report.',
      }),
    );
  }
  if (!found?.equipment) return findings;
  const declared = new Map(movement.consignment.equipment.map((e) => [equipmentKey(e), e]));
  for (const observed of found.equipment) {
    const key = equipmentKey(observed);
    const expected = new Set((declared.get(key)?.seals ?? []).map(sealKey));
    const seen = new Set(observed.seals.map(sealKey));
    const missing = [...expected].filter((s) => !seen.has(s));
    const unexpected = [...seen].filter((s) => !expected.has(s));
    if (missing.length === 0 && unexpected.length === 0) continue;
    findings.push(
      transitFinding(movement, {
        code: 'transit-seal-mismatch',
        severity: 'error',
        element: `Consignment/TransportEquipment[${observed.sequence}]/Seal/identifier`,
        message: `Seals on ${key} differ from those affixed at departure: ${missing.length > 0 ? `missing ${missing.join(', ')}` : ''}${missing.length > 0 && unexpected.length > 0 ? '; ' : ''}${unexpected.length > 0 ? `found ${unexpected.join(', ')}` : ''}.`,
        fix: 'Treat the seals as broken: examine the goods and compare them with the declaration.',
        evidence: { equipment: key, declaredSeals: [...expected].join(' '), foundSeals: [...seen].join(' ') },
        detail: key,
      }),
    );
  }
  return findings;
}

function beyondTolerance(declared: number, found: number, options: TransitControlOptions): boolean {
  const difference = Math.abs(declared - found);
  return difference > options.massToleranceKg && difference > declared * options.massTolerance;
}

/** Gross mass and package differences between departure and destination, for the whole and per item. */
export function quantityFindings(
  movement: TransitMovement,
  found: UnloadingObservation | undefined,
  options: TransitControlOptions,
): VerificationFinding[] {
  if (!found) return [];
  const findings: VerificationFinding[] = [];
  const declaredMass = movement.consignment.grossMassKg;
  if (
    declaredMass !== undefined &&
    found.grossMassKg !== undefined &&
    beyondTolerance(declaredMass, found.grossMassKg, options)
  ) {
    findings.push(
      massFinding(movement, { declared: declaredMass, found: found.grossMassKg, element: 'Consignment/grossMass' }),
    );
  }
  const items = new Map(
    movement.consignment.houseConsignments
      .flatMap((house) => house.items)
      .map((item) => [item.declarationGoodsItemNumber, item]),
  );
  for (const observed of found.items ?? []) {
    const item = items.get(observed.declarationGoodsItemNumber);
    if (!item) continue;
    const number = observed.declarationGoodsItemNumber;
    if (
      item.grossMassKg !== undefined &&
      observed.grossMassKg !== undefined &&
      beyondTolerance(item.grossMassKg, observed.grossMassKg, options)
    ) {
      findings.push(
        massFinding(movement, {
          declared: item.grossMassKg,
          found: observed.grossMassKg,
          element: `ConsignmentItem[${number}]/Commodity/GoodsMeasure/grossMass`,
          item: number,
        }),
      );
    }
    const declaredPackages = item.packages.reduce((total, p) => total + (p.quantity ?? 0), 0);
    if (observed.packages !== undefined && Math.abs(declaredPackages - observed.packages) > options.packageTolerance) {
      findings.push(
        transitFinding(movement, {
          code: 'transit-package-difference',
          severity: 'error',
          element: `ConsignmentItem[${number}]/Packaging/numberOfPackages`,
          message: `Goods item ${number}: ${declaredPackages} package(s) left under transit, ${observed.packages} arrived.`,
          fix: 'Count the packages again and ask the holder where the difference went.',
          measure: {
            expected: declaredPackages,
            actual: observed.packages,
            gap: declaredPackages === 0 ? 0 : (declaredPackages - observed.packages) / declaredPackages,
            unit: 'packages',
          },
          detail: number,
        }),
      );
    }
  }
  return findings;
}

function massFinding(
  movement: TransitMovement,
  input: { declared: number; found: number; element: string; item?: number },
): VerificationFinding {
  const what = input.item === undefined ? 'The consignment' : `Goods item ${input.item}`;
  return transitFinding(movement, {
    code: 'transit-mass-difference',
    severity: 'error',
    element: input.element,
    message: `${what} left with a gross mass of ${input.declared} kg and arrived with ${input.found} kg.`,
    fix: 'Weigh the goods again and compare them with the declaration; a loss may mean goods were removed en route.',
    measure: {
      expected: input.declared,
      actual: input.found,
      gap: (input.declared - input.found) / input.declared,
      unit: 'kg',
    },
    detail: input.item ?? 'total',
  });
}
