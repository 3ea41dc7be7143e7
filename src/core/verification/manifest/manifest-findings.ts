import { pointerFor } from '../../model/pointer.js';
import type { TradeRecord } from '../trade-record.js';
import { verificationFindingId, type VerificationFinding } from '../verification-finding.js';
import type { ManifestLine } from './manifest-line.js';
import type { ManifestCheckOptions } from './manifest-options.js';

const subjectOf = (line: ManifestLine) => ({
  kind: 'cargo-consignment' as const,
  reportId: line.reportId,
  consignment: line.consignment,
});
const evidenceOf = (line: ManifestLine) => ({ cargoReport: line.reportId, transportDocument: line.consignment });

export function undeclaredCargo(line: ManifestLine, options: ManifestCheckOptions): VerificationFinding {
  return {
    id: verificationFindingId('undeclared-cargo', [line.reportId, line.consignment]),
    check: 'manifest',
    code: 'undeclared-cargo',
    severity: 'error',
    subject: subjectOf(line),
    declarationIds: [],
    element: `CargoReport/consignments[${line.index}]`,
    message: `Consignment ${line.consignment} on cargo report ${line.reportId} (${Number.isFinite(line.grossMassKg) ? `${line.grossMassKg} kg` : 'mass not given'}${line.consigneeName ? `, for ${line.consigneeName}` : ''}) is not covered by any declaration ${options.coverageDays} days after arrival.`,
    fix: 'Locate the goods at the temporary storage facility and ask the consignee or the carrier for the declaration.',
    evidence: { ...evidenceOf(line), ...(line.consigneeName ? { consignee: line.consigneeName } : {}) },
  };
}

function sum(declarations: readonly TradeRecord[], read: (record: TradeRecord) => number): number {
  return declarations.reduce((total, record) => total + read(record), 0);
}

/** Mass and package differences between a consignment and the declarations covering it. */
export function quantityDifferences(
  line: ManifestLine,
  covering: readonly TradeRecord[],
  options: ManifestCheckOptions,
): VerificationFinding[] {
  const findings: VerificationFinding[] = [];
  const ids = covering.map((record) => record.id);
  const declaredMass = sum(covering, (record) =>
    Number.isFinite(record.grossMassKg) ? record.grossMassKg : record.massKg,
  );
  const massGap = Math.abs(line.grossMassKg - declaredMass);
  if (
    Number.isFinite(massGap) &&
    massGap > options.massToleranceKg &&
    massGap > line.grossMassKg * options.massTolerance
  ) {
    findings.push({
      id: verificationFindingId('manifest-mass-difference', [line.reportId, line.consignment]),
      check: 'manifest',
      code: 'manifest-mass-difference',
      severity: 'warning',
      subject: { kind: 'declaration', id: ids[0]! },
      declarationIds: ids,
      pointer: pointerFor('totalGrossMassKg'),
      message: `The carrier reported ${line.grossMassKg} kg gross for ${line.consignment}; the declaration${ids.length > 1 ? 's' : ''} covering it give ${declaredMass} kg.`,
      fix: 'Check the gross mass against the weighing certificate; declare the missing goods or correct the manifest.',
      measure: {
        expected: line.grossMassKg,
        actual: declaredMass,
        gap: (line.grossMassKg - declaredMass) / line.grossMassKg,
        unit: 'kg',
      },
      evidence: evidenceOf(line),
    });
  }
  const declaredPackages = sum(covering, (record) => record.packages);
  if (
    Number.isFinite(line.packages) &&
    Number.isFinite(declaredPackages) &&
    Math.abs(line.packages - declaredPackages) > options.packageTolerance
  ) {
    findings.push({
      id: verificationFindingId('manifest-package-difference', [line.reportId, line.consignment]),
      check: 'manifest',
      code: 'manifest-package-difference',
      severity: 'warning',
      subject: { kind: 'declaration', id: ids[0]! },
      declarationIds: ids,
      pointer: pointerFor('totalPackageQuantity'),
      message: `The carrier reported ${line.packages} package(s) for ${line.consignment}; the declaration${ids.length > 1 ? 's' : ''} covering it give ${declaredPackages}.`,
      fix: 'Count the packages at the storage facility; part of the consignment may be undeclared.',
      measure: {
        expected: line.packages,
        actual: declaredPackages,
        gap: line.packages === 0 ? 0 : (line.packages - declaredPackages) / line.packages,
        unit: 'packages',
      },
      evidence: evidenceOf(line),
    });
  }
  return findings;
}

export function declarationWithoutCargo(record: TradeRecord): VerificationFinding {
  return {
    id: verificationFindingId('declaration-without-cargo', [record.id]),
    check: 'manifest',
    code: 'declaration-without-cargo',
    severity: 'warning',
    subject: { kind: 'declaration', id: record.id },
    declarationIds: [record.id],
    pointer: pointerFor('previousDocuments'),
    message: `No cargo report in the period lists the transport document${record.transportDocuments.length > 0 ? ` ${record.transportDocuments.join(', ')}` : ''} of this declaration.`,
    fix: 'Check the transport document reference; a declaration without cargo may be used to launder goods or claim refunds.',
    evidence: { transportDocuments: record.transportDocuments.join(' ') },
  };
}
