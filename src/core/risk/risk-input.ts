import type { Declaration, GoodsItem } from '../model/declaration-schema.js';
import type { InspectionOutcome } from '../model/record.js';

/** Inspection outcome as the risk engine learns from it. */
export interface RiskLabel {
  fraud: 0 | 1;
  criticalFraud: 0 | 1 | 2;
  revenueRaised?: number;
}

/**
 * One declaration flattened for risk scoring: the fields the features are computed from,
 * read from the canonical model (never from a source-specific layout). Missing text is `''`,
 * missing numbers are `NaN`.
 */
export interface RiskInput {
  id: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Days since 1970-01-01 (UTC), for recency arithmetic. */
  day: number;
  office: string;
  processType: string;
  importType: string;
  importUse: string;
  paymentType: string;
  transportMode: string;
  declarantId: string;
  importerId: string;
  sellerId: string;
  carrierId: string;
  hs6: string;
  hs4: string;
  chapter: string;
  departureCountry: string;
  originCountry: string;
  taxRate: number;
  /** Duty regime / preference code (`A`, `FCN1`, `FEU1`...). */
  taxType: string;
  originIndicator: string;
  netMass: number;
  /** Customs value, else item price. */
  value: number;
  label?: RiskLabel;
}

const NATIONAL_KEYS = {
  processType: 'processtype',
  importType: 'importtype',
  importUse: 'importuse',
  paymentType: 'paymenttype',
} as const;

type NationalField = keyof typeof NATIONAL_KEYS;

function nationalCodes(declaration: Declaration): Record<NationalField, string> {
  const out: Record<NationalField, string> = { processType: '', importType: '', importUse: '', paymentType: '' };
  const codes = declaration.nationalCodes ?? {};
  for (const [key, value] of Object.entries(codes)) {
    const normalized = key.toLowerCase().replace(/[^a-z]/g, '');
    for (const field of Object.keys(NATIONAL_KEYS) as NationalField[]) {
      if (normalized === NATIONAL_KEYS[field]) out[field] = value;
    }
  }
  return out;
}

function toNumber(value: number | undefined): number {
  return value === undefined || !Number.isFinite(value) ? Number.NaN : value;
}

function dayNumber(date: string): number {
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : Number.NaN;
}

function commodityCode(item: GoodsItem | undefined): string {
  const classifications = item?.classifications ?? [];
  const hs = classifications.find((c) => c.identificationTypeCode !== 'TRA') ?? classifications[0];
  return (hs?.id ?? '').replace(/\D/g, '');
}

function toLabel(outcome: InspectionOutcome): RiskLabel {
  const criticalFraud = outcome.criticalFraud ?? outcome.fraud;
  const label: RiskLabel = { fraud: outcome.fraud, criticalFraud };
  if (outcome.revenueRaised !== undefined) label.revenueRaised = outcome.revenueRaised;
  return label;
}

/**
 * Flattens a canonical declaration for the risk engine. A multi-item declaration is read
 * through its first goods item, the unit the Korean data set (one item per declaration) has.
 */
export function toRiskInput(declaration: Declaration, outcome?: InspectionOutcome): RiskInput {
  const item = declaration.goodsItems[0];
  const hs = commodityCode(item);
  const duty = item?.dutyTaxFees?.[0];
  const transport = declaration.transport;
  const date = (declaration.issueDate ?? declaration.acceptanceDate ?? '').slice(0, 10);
  const parties = declaration.parties;
  const input: RiskInput = {
    id: declaration.mrn ?? declaration.functionalReferenceId ?? '',
    date,
    day: dayNumber(date),
    office: declaration.declarationOfficeId ?? '',
    ...nationalCodes(declaration),
    transportMode: transport.border?.modeCode ?? transport.arrival?.modeCode ?? transport.departure?.modeCode ?? '',
    declarantId: parties.declarant?.id ?? '',
    importerId: parties.importer?.id ?? '',
    sellerId: parties.seller?.id ?? '',
    carrierId: parties.carrier?.id ?? '',
    hs6: hs.slice(0, 6),
    hs4: hs.slice(0, 4),
    chapter: hs.slice(0, 2),
    departureCountry: declaration.consignment.exportCountryCode ?? '',
    originCountry: item?.originCountryCode ?? '',
    taxRate: toNumber(duty?.rate),
    taxType: duty?.dutyRegimeCode ?? duty?.typeCode ?? '',
    originIndicator: item?.originTypeCode ?? '',
    netMass: toNumber(item?.netMassKg),
    value: toNumber(item?.customsValue ?? item?.itemPrice),
  };
  if (outcome) input.label = toLabel(outcome);
  return input;
}
