import type { Declaration, GoodsItem } from '../core/model/declaration-schema.js';
import { carriageOf } from './enrich-imports.js';
import { inventName, nameVariant } from './party-names.js';
import type { PartnerDataOptions } from './partner-data-options.js';
import type { SeededRandom } from './seeded-random.js';

/** What the generator decided for one pair before writing the partner's declaration. */
export interface ExportPlan {
  id: string;
  /** Partner value / our value (1 = honest; 2 = we declared half). */
  valueFactor: number;
  hs6: string;
  /** Days between the export and our import. */
  lagDays: number;
  keepReferences: boolean;
}

const DAY = 86_400_000;

function shiftDate(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * DAY).toISOString().slice(0, 10);
}

/** Normal voyage time by carriage: days from export clearance to import declaration. */
export function voyageDays(ours: Declaration, random: SeededRandom): number {
  const carriage = carriageOf(ours);
  if (carriage === 'sea') return random.int(5, 30);
  if (carriage === 'air') return random.int(0, 3);
  return random.int(1, 10);
}

function partnerItem(
  item: GoodsItem,
  plan: ExportPlan,
  context: { options: PartnerDataOptions; random: SeededRandom },
): GoodsItem {
  const { options, random } = context;
  const noise = Math.max(-0.06, Math.min(0.06, random.normal() * options.rates.massNoise));
  const cifFob = random.uniform(1.03, 1.1);
  const ourValue = item.customsValue ?? item.itemPrice ?? 0;
  const fob = (ourValue * plan.valueFactor) / cifFob / options.exchangeRate;
  const net = item.netMassKg === undefined ? undefined : Math.round(item.netMassKg * (1 + noise) * 1000) / 1000;
  return {
    sequence: 1,
    classifications: [{ id: plan.hs6, identificationTypeCode: 'HS' }],
    ...(item.originCountryCode ? { originCountryCode: item.originCountryCode } : {}),
    ...(net === undefined ? {} : { netMassKg: net, grossMassKg: Math.round(net * 1.04 * 1000) / 1000 }),
    // Four decimals: the sample's smallest values (a few won) would drown in cent rounding.
    statisticalValue: Math.round(fob * 10_000) / 10_000,
    currencyCode: options.partnerCurrency,
    procedureCode: '1000',
    ...(item.packages ? { packages: item.packages.map((p) => ({ ...p })) } : {}),
  };
}

/**
 * The partner administration's export declaration (type EX) for one of our imports: the same
 * shipment as the partner saw it, in its currency at FOB, with its own spelling of the names.
 */
export function partnerExport(
  ours: Declaration,
  plan: ExportPlan,
  context: { options: PartnerDataOptions; random: SeededRandom },
): Declaration {
  const { options, random } = context;
  const country = ours.consignment.exportCountryCode ?? 'ZZ';
  const importer = ours.parties.importer;
  const seller = ours.parties.seller;
  const sellerName = seller?.name ?? inventName(`exporter:${plan.id}`);
  const item = ours.goodsItems[0]!;
  const consignment: Declaration['consignment'] = {
    exportCountryCode: country,
    destinationCountryCode: options.reportingCountry,
  };
  if (plan.keepReferences) {
    if (ours.consignment.ucr) consignment.ucr = ours.consignment.ucr;
    if (ours.consignment.containers) consignment.containers = ours.consignment.containers.map((c) => ({ ...c }));
  }
  return {
    functionCode: '9',
    typeCode: 'EX',
    functionalReferenceId: plan.id,
    issueDate: shiftDate(ours.issueDate ?? '2020-01-01', plan.lagDays),
    declarationOfficeId: `${country}000100`,
    currencyCode: options.partnerCurrency,
    parties: {
      exporter: {
        ...(seller?.id && random.chance(0.5) ? { id: seller.id } : {}),
        name: nameVariant(sellerName, random),
        address: { countryCode: country },
      },
      consignee: {
        ...(importer?.id && random.chance(0.2) ? { id: importer.id } : {}),
        name: nameVariant(importer?.name ?? importer?.id ?? 'UNKNOWN', random),
        address: { countryCode: options.reportingCountry },
      },
    },
    transport: ours.transport.border?.modeCode ? { border: { modeCode: ours.transport.border.modeCode } } : {},
    consignment,
    ...(plan.keepReferences && ours.previousDocuments
      ? { previousDocuments: ours.previousDocuments.map((d) => ({ ...d })) }
      : {}),
    goodsItems: [partnerItem(item, plan, context)],
  };
}
