import { FEATURE_INDEX } from '../features/feature-names.js';
import type { RiskInput } from '../risk-input.js';

/** What a phrase can draw on: the declaration and its full point-in-time feature row. */
export interface PhraseContext {
  input: RiskInput;
  features: ArrayLike<number>;
}

const feature = (ctx: PhraseContext, name: string): number => ctx.features[FEATURE_INDEX.get(name)!]!;

function percent(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

function amount(value: number): string {
  if (!Number.isFinite(value)) return 'unknown';
  return value >= 100 ? Math.round(value).toLocaleString('en-US') : String(Number(value.toPrecision(3)));
}

function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

const ROLE_NAMES: Record<string, string> = {
  importerId: 'importer',
  declarantId: 'declarant',
  sellerId: 'seller',
  carrierId: 'courier',
};

function unitValuePhrase(ctx: PhraseContext): string {
  const { input } = ctx;
  const unit = input.netMass > 0 ? input.value / input.netMass : Number.NaN;
  const ratio = feature(ctx, 'unit_value_log_ratio_hs6');
  if (!Number.isFinite(ratio)) return `unit value ${amount(unit)} per kg (no history for HS ${input.hs6})`;
  const factor = Math.exp(Math.abs(ratio));
  if (factor < 1.5) return `unit value ${amount(unit)} per kg, close to the HS ${input.hs6} median`;
  const side = ratio < 0 ? 'below' : 'above';
  return `unit value ${amount(unit)} per kg, ${factor >= 10 ? Math.round(factor) : factor.toFixed(1)}x ${side} the HS ${input.hs6} median`;
}

function traderPhrase(ctx: PhraseContext, field: string): string {
  const role = ROLE_NAMES[field] ?? field;
  const id = ctx.input[field as 'importerId'];
  if (id === '') return `no ${role} declared`;
  const seen = feature(ctx, `${field}_seen`);
  if (seen === 0) return `${role} ${id} never seen before`;
  const first = feature(ctx, `${field}_days_since_first`);
  const rate = feature(ctx, `${field}_fraud_rate`);
  return `${role} ${id} first seen ${days(first)} ago, ${seen} declarations, ${percent(rate)} smoothed fraud rate`;
}

function goodsPhrase(ctx: PhraseContext, table: string): string {
  const { input } = ctx;
  const rate = feature(ctx, `${table}_fraud_rate`);
  const n = feature(ctx, `${table}_labelled`);
  const subject: Record<string, string> = {
    chapter: `HS chapter ${input.chapter}`,
    hs4: `HS ${input.hs4}`,
    hs6: `HS ${input.hs6}`,
    hs4_origin: `HS ${input.hs4} from ${input.originCountry}`,
    hs6_origin: `HS ${input.hs6} from ${input.originCountry}`,
    hs6_unit_band: `HS ${input.hs6} at this unit value`,
    hs6_origin_unit_band: `HS ${input.hs6} from ${input.originCountry} at this unit value`,
  };
  return `${subject[table] ?? table}: ${percent(rate)} fraud rate in history (${n} inspected)`;
}

const CODE_PHRASES: Record<string, (i: RiskInput) => string> = {
  office: (i) => `customs office ${i.office}`,
  processType: (i) => `process type ${i.processType}`,
  importType: (i) => `import type ${i.importType}`,
  importUse: (i) => `import use ${i.importUse}`,
  paymentType: (i) => `payment type ${i.paymentType}`,
  transportMode: (i) => `transport mode ${i.transportMode}`,
  declarantId: (i) => `declarant ${i.declarantId}`,
  importerId: (i) => `importer ${i.importerId}`,
  sellerId: (i) => (i.sellerId === '' ? 'no seller declared' : `seller ${i.sellerId}`),
  carrierId: (i) => (i.carrierId === '' ? 'no courier' : `courier ${i.carrierId}`),
  hs6: (i) => `goods HS ${i.hs6}`,
  hs4: (i) => `goods heading HS ${i.hs4}`,
  chapter: (i) => `goods chapter ${i.chapter}`,
  departureCountry: (i) => `shipped from ${i.departureCountry || 'unknown'}`,
  originCountry: (i) => `origin ${i.originCountry || 'unknown'}`,
  taxType: (i) => `tax type ${i.taxType}`,
  originIndicator: (i) => `origin indicator ${i.originIndicator}`,
};

/** A plain-language description of one feature of one declaration, for an officer. */
export function phraseFeature(name: string, ctx: PhraseContext): string {
  const { input } = ctx;
  if (name.startsWith('code_')) return CODE_PHRASES[name.slice(5)]?.(input) ?? name;
  const trader = Object.keys(ROLE_NAMES).find((f) => name.startsWith(`${f}_`));
  if (trader) return traderPhrase(ctx, trader);
  if (name.endsWith('_fraud_rate') || name.endsWith('_labelled'))
    return goodsPhrase(ctx, name.replace(/_(fraud_rate|labelled)$/, ''));
  switch (name) {
    case 'tax_rate':
      return `duty rate ${amount(input.taxRate)}%`;
    case 'net_mass':
      return `net mass ${amount(input.netMass)} kg`;
    case 'value':
      return `declared value ${amount(input.value)}`;
    case 'departure_differs_origin':
      return input.departureCountry !== input.originCountry
        ? `shipped from ${input.departureCountry} but made in ${input.originCountry}`
        : `shipped from its country of origin ${input.originCountry}`;
    case 'seller_missing':
      return input.sellerId === '' ? 'no seller declared' : `seller ${input.sellerId} declared`;
    case 'carrier_present':
      return input.carrierId === '' ? 'not sent by courier' : `sent by courier ${input.carrierId}`;
    default:
      return unitValuePhrase(ctx);
  }
}
