import type { CargoConsignment, CargoReport } from '../core/model/cargo-report.js';
import type { Declaration } from '../core/model/declaration-schema.js';
import { carriageOf } from './enrich-imports.js';
import { nameVariant } from './party-names.js';
import { SeededRandom } from './seeded-random.js';

export interface CargoGeneratorOptions {
  seed: number;
  /** Cargo whose declaration is removed from our side (undeclared). */
  undeclared: number;
  /** Manifest gross mass 15-60 % above the declared one. */
  massDiscrepancy: number;
  /** Manifest package count 5-40 % above the declared one. */
  packageDiscrepancy: number;
  /** Consignments filed without a transport document number (matched by consignee). */
  missingDocument: number;
  /** Consignments per cargo report. */
  perReport: number;
}

export interface GeneratedCargo {
  reports: CargoReport[];
  /** Our imports that remain declared (the undeclared ones removed). */
  declared: Declaration[];
  truth: {
    /** Transport document → import id of every consignment. */
    consignments: Map<string, string>;
    undeclared: Set<string>;
    massDiscrepancy: Set<string>;
    packageDiscrepancy: Set<string>;
    /** Consignments filed without their transport document number. */
    withoutDocument: Set<string>;
  };
}

const DEFAULTS: CargoGeneratorOptions = {
  seed: 42,
  undeclared: 0.02,
  massDiscrepancy: 0.02,
  packageDiscrepancy: 0.02,
  missingDocument: 0.1,
  perReport: 40,
};

const DAY = 86_400_000;

function consignmentOf(
  ours: Declaration,
  index: number,
  context: { random: SeededRandom; options: CargoGeneratorOptions; truth: GeneratedCargo['truth'] },
): CargoConsignment {
  const { random, options, truth } = context;
  const document = ours.previousDocuments?.find(
    (d) => d.typeCode === 'N705' || d.typeCode === 'N740' || d.typeCode === 'N730',
  );
  const number = document?.id ?? `NODOC-${index}`;
  const item = ours.goodsItems[0]!;
  let gross = item.grossMassKg ?? item.netMassKg ?? 0;
  let packages = item.packages?.[0]?.quantity ?? 1;
  if (random.chance(options.massDiscrepancy)) {
    gross = Math.round(gross * random.uniform(1.15, 1.6) * 1000) / 1000;
    truth.massDiscrepancy.add(number);
  }
  if (random.chance(options.packageDiscrepancy)) {
    packages += Math.max(1, Math.round(packages * random.uniform(0.05, 0.4)));
    truth.packageDiscrepancy.add(number);
  }
  const filed = !random.chance(options.missingDocument);
  if (!filed) truth.withoutDocument.add(number);
  return {
    consolidationItemNumber: index + 1,
    transportDocument: {
      qualifier: document?.typeCode === 'N740' ? 'AWB' : 'BM',
      kind: document?.typeCode === 'N740' ? 'air-waybill' : 'bill-of-lading',
      ...(filed ? { number } : {}),
    },
    references: [],
    locations: [],
    parties: [{ role: 'CN', name: nameVariant(ours.parties.importer?.name ?? 'UNKNOWN', random) }],
    transport: [],
    goodsItems: [
      {
        sequence: 1,
        packages: [{ count: packages, typeCode: item.packages?.[0]?.typeCode ?? 'PK' }],
        texts: [],
        grossMassKg: gross,
        measures: [{ purpose: 'WT', dimension: 'G', unit: 'KGM', value: gross }],
        containerIds: [],
        hsCodes: random.chance(0.5) ? [item.classifications[0]?.id ?? ''] : [],
        marks: [],
        dangerousGoods: [],
      },
    ],
    containerIds: (ours.consignment.containers ?? []).map((c) => c.id ?? ''),
    grossMassKg: gross,
    totals: [],
    ...(ours.consignment.exportCountryCode ? { dispatchCountryCode: ours.consignment.exportCountryCode } : {}),
  };
}

function reportOf(key: string, consignments: CargoConsignment[], arrival: string): CargoReport {
  return {
    messageReference: key,
    documentNumber: key,
    documentTypeCode: '785',
    functionCode: '9',
    issueDate: arrival,
    references: [],
    parties: [],
    transport: [
      { stageCode: '20', locations: [], dates: [{ qualifier: '132', value: arrival }], arrivalDate: arrival },
    ],
    equipment: [],
    consignments,
    totals: [],
  };
}

/**
 * Cargo reports (manifests) for our sea and air imports, the consignments arriving one to
 * three days before the declaration, with seeded discrepancies and the truth kept.
 */
export function generateCargoReports(
  imports: readonly Declaration[],
  overrides: Partial<CargoGeneratorOptions> = {},
): GeneratedCargo {
  const options = { ...DEFAULTS, ...overrides };
  const random = new SeededRandom(options.seed);
  const truth: GeneratedCargo['truth'] = {
    consignments: new Map(),
    undeclared: new Set(),
    massDiscrepancy: new Set(),
    packageDiscrepancy: new Set(),
    withoutDocument: new Set(),
  };
  const groups = new Map<string, CargoConsignment[]>();
  const declared: Declaration[] = [];
  imports.forEach((ours, index) => {
    const carriage = carriageOf(ours);
    if (carriage === 'other' || !ours.issueDate) {
      declared.push(ours);
      return;
    }
    const arrival = new Date(Date.parse(`${ours.issueDate}T00:00:00Z`) - random.int(1, 3) * DAY)
      .toISOString()
      .slice(0, 10);
    const consignment = consignmentOf(ours, index, { random, options, truth });
    const number = ours.previousDocuments?.find((d) => d.typeCode?.startsWith('N7'))?.id ?? `NODOC-${index}`;
    truth.consignments.set(number, ours.functionalReferenceId ?? String(index));
    if (random.chance(options.undeclared)) truth.undeclared.add(number);
    else declared.push(ours);
    const key = `${carriage}:${arrival}`;
    const list = groups.get(key);
    if (list) list.push(consignment);
    else groups.set(key, [consignment]);
  });
  const reports: CargoReport[] = [];
  for (const [key, consignments] of groups) {
    const arrival = key.slice(key.indexOf(':') + 1);
    for (let start = 0; start < consignments.length; start += options.perReport) {
      reports.push(
        reportOf(
          `${key.toUpperCase()}-${start / options.perReport + 1}`,
          consignments.slice(start, start + options.perReport),
          arrival,
        ),
      );
    }
  }
  return { reports, declared, truth };
}
