import type { DutyTaxFee, GoodsItem } from '../../core/model/declaration-schema.js';
import type { MapContext } from './map-context.js';
import { mapAdditionalInformation, mapDocuments } from './map-documents.js';
import type { XmlElement } from './xml-element.js';

type Packaging = NonNullable<GoodsItem['packages']>[number];

/** Drops `undefined` values so the canonical JSON stays minimal. */
export function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

/** `GovernmentAgencyGoodsItem` (68A) → canonical goods item. */
export function mapGoodsItem(ctx: MapContext, item: XmlElement): GoodsItem {
  const commodity = ctx.child(item, 'Commodity');
  const measure = ctx.child(commodity, 'GoodsMeasure');
  const invoiceLine = ctx.child(commodity, 'InvoiceLine');
  const itemCharge = ctx.child(invoiceLine, 'ItemChargeAmount');
  const currencies = [
    ctx.attribute(itemCharge, 'currencyID'),
    ctx.attribute(ctx.child(item, 'CustomsValueAmount'), 'currencyID'),
    ctx.attribute(ctx.child(item, 'StatisticalValueAmount'), 'currencyID'),
  ];
  const tariffQuantity = ctx.child(measure, 'TariffQuantity');
  const origin = ctx.all(item, 'Origin')[0];
  const sequenceElement = ctx.child(item, 'SequenceNumeric');
  const sequence = ctx.number(item, 'SequenceNumeric', 'sequence');
  if (sequenceElement === undefined)
    ctx.fault(item, 'missing-element', 'SequenceNumeric (goods item number, WCO 006) is missing');
  return compact({
    sequence: sequence ?? 0,
    description: ctx.text(commodity, 'Description'),
    classifications: ctx.all(commodity, 'Classification').flatMap((element) => {
      const id = ctx.text(element, 'ID');
      const type = ctx.text(element, 'IdentificationTypeCode');
      return id === undefined ? [] : [compact({ id, identificationTypeCode: type })];
    }),
    originCountryCode: ctx.text(origin, 'CountryCode'),
    originTypeCode: ctx.text(origin, 'TypeCode'),
    netMassKg: ctx.mass(measure, 'NetNetWeightMeasure', 'netMassKg'),
    grossMassKg: ctx.mass(measure, 'GrossMassMeasure', 'grossMassKg'),
    tariffQuantity: ctx.number(measure, 'TariffQuantity', 'tariffQuantity'),
    tariffQuantityUnit: ctx.attribute(tariffQuantity, 'unitCode'),
    itemPrice: ctx.number(invoiceLine, 'ItemChargeAmount', 'itemPrice'),
    customsValue: ctx.number(item, 'CustomsValueAmount', 'customsValue'),
    statisticalValue: ctx.number(item, 'StatisticalValueAmount', 'statisticalValue'),
    currencyCode: currencies.find((code) => code !== undefined),
    valuationMethodCode: ctx.text(ctx.child(item, 'CustomsValuation'), 'MethodCode'),
    ...procedures(ctx, item),
    dutyTaxFees: nonEmpty(ctx.all(commodity, 'DutyTaxFee').map((element) => mapDutyTaxFee(ctx, element))),
    dangerousGoodsUnId: ctx.text(ctx.all(commodity, 'DangerousGoods')[0], 'UNDGID'),
    documents: mapDocuments(ctx, item, 'AdditionalDocument'),
    previousDocuments: mapDocuments(ctx, item, 'PreviousDocument'),
    packages: nonEmpty(ctx.all(item, 'Packaging').map((element) => mapPackaging(ctx, element))),
    additionalInformation: mapAdditionalInformation(ctx, item),
    transactionNatureCode: ctx.text(item, 'TransactionNatureCode'),
    exportCountryCode: ctx.text(ctx.child(item, 'ExportCountry'), 'ID'),
    destinationCountryCode: ctx.text(ctx.child(item, 'Destination'), 'CountryCode'),
    valuationAdjustmentCode: ctx.text(ctx.child(item, 'ValuationAdjustment'), 'AdditionCode'),
  });
}

/**
 * `GovernmentProcedure`: the requested procedure (DE 1/10, two characters, with its previous
 * procedure) and the additional procedures (DE 1/11, three characters).
 */
function procedures(
  ctx: MapContext,
  item: XmlElement,
): Pick<GoodsItem, 'procedureCode' | 'previousProcedureCode' | 'additionalProcedureCodes'> {
  const result: Pick<GoodsItem, 'procedureCode' | 'previousProcedureCode' | 'additionalProcedureCodes'> = {};
  const additional: string[] = [];
  for (const element of ctx.all(item, 'GovernmentProcedure')) {
    const current = ctx.text(element, 'CurrentCode');
    const previous = ctx.text(element, 'PreviousCode');
    if (result.procedureCode === undefined && (previous !== undefined || current?.length === 2)) {
      if (current !== undefined) result.procedureCode = current;
      if (previous !== undefined) result.previousProcedureCode = previous;
    } else if (current !== undefined) additional.push(current);
  }
  if (additional.length > 0) result.additionalProcedureCodes = additional;
  return result;
}

function mapDutyTaxFee(ctx: MapContext, element: XmlElement): DutyTaxFee {
  const payment = ctx.child(element, 'Payment');
  ctx.attribute(ctx.child(element, 'SpecificTaxBaseQuantity'), 'unitCode');
  ctx.attribute(ctx.child(payment, 'TaxAssessedAmount'), 'currencyID');
  ctx.attribute(ctx.child(payment, 'PaymentAmount'), 'currencyID');
  return compact({
    typeCode: ctx.text(element, 'TypeCode'),
    dutyRegimeCode: ctx.text(element, 'DutyRegimeCode'),
    rate: ctx.number(element, 'TaxRateNumeric', 'rate'),
    taxBaseAmount: ctx.number(element, 'AdValoremTaxBaseAmount', 'taxBaseAmount'),
    taxBaseQuantity: ctx.number(element, 'SpecificTaxBaseQuantity', 'taxBaseQuantity'),
    quotaOrderId: ctx.text(element, 'QuotaOrderID'),
    paymentMethodCode: ctx.text(payment, 'MethodCode'),
    assessedAmount: ctx.number(payment, 'TaxAssessedAmount', 'assessedAmount'),
    paymentAmount: ctx.number(payment, 'PaymentAmount', 'paymentAmount'),
  });
}

function mapPackaging(ctx: MapContext, element: XmlElement): Packaging {
  return compact({
    sequence: ctx.number(element, 'SequenceNumeric', 'sequence'),
    typeCode: ctx.text(element, 'TypeCode'),
    quantity: ctx.number(element, 'QuantityQuantity', 'quantity'),
    marks: ctx.text(element, 'MarksNumbersID'),
  });
}

export function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}
