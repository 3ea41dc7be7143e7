import type { DutyTaxFee, GoodsItem } from '../../core/model/declaration-schema.js';
import { documents, statements } from './encode-parts.js';
import { leaf, node, type Xml } from './xml-build.js';

/** `GovernmentAgencyGoodsItem` (68A) in the DEC-DMS schema's element order. */
export function goodsItem(item: GoodsItem): Xml {
  const currency = currencyCarrier(item);
  return node(
    'GovernmentAgencyGoodsItem',
    leaf('CustomsValueAmount', item.customsValue, {
      currencyID: currency === 'customsValue' ? item.currencyCode : undefined,
    }),
    leaf('SequenceNumeric', item.sequence),
    leaf('StatisticalValueAmount', item.statisticalValue, {
      currencyID: currency === 'statisticalValue' ? item.currencyCode : undefined,
    }),
    leaf('TransactionNatureCode', item.transactionNatureCode),
    documents('AdditionalDocument', item.documents),
    statements(item.additionalInformation),
    commodity(item, currency === 'itemPrice'),
    node('CustomsValuation', leaf('MethodCode', item.valuationMethodCode)),
    node('Destination', leaf('CountryCode', item.destinationCountryCode)),
    node('ExportCountry', leaf('ID', item.exportCountryCode)),
    procedures(item),
    node('Origin', leaf('CountryCode', item.originCountryCode), leaf('TypeCode', item.originTypeCode)),
    (item.packages ?? [])
      .map(
        (pack) =>
          node(
            'Packaging',
            leaf('SequenceNumeric', pack.sequence),
            leaf('MarksNumbersID', pack.marks),
            leaf('QuantityQuantity', pack.quantity),
            leaf('TypeCode', pack.typeCode),
          ) || '<Packaging/>',
      )
      .join(''),
    documents('PreviousDocument', item.previousDocuments),
    node('ValuationAdjustment', leaf('AdditionCode', item.valuationAdjustmentCode)),
  );
}

/** The item currency rides on the first amount present, as the decoder reads it back. */
function currencyCarrier(item: GoodsItem): 'itemPrice' | 'customsValue' | 'statisticalValue' | undefined {
  if (item.currencyCode === undefined) return undefined;
  if (item.itemPrice !== undefined) return 'itemPrice';
  if (item.customsValue !== undefined) return 'customsValue';
  return item.statisticalValue === undefined ? undefined : 'statisticalValue';
}

function commodity(item: GoodsItem, currencyOnPrice: boolean): Xml {
  return node(
    'Commodity',
    leaf('Description', item.description),
    item.classifications
      .map((c) => node('Classification', leaf('ID', c.id), leaf('IdentificationTypeCode', c.identificationTypeCode)))
      .join(''),
    node('DangerousGoods', leaf('UNDGID', item.dangerousGoodsUnId)),
    (item.dutyTaxFees ?? []).map(dutyTaxFee).join(''),
    node(
      'GoodsMeasure',
      leaf('GrossMassMeasure', item.grossMassKg, { unitCode: item.grossMassKg === undefined ? undefined : 'KGM' }),
      leaf('NetNetWeightMeasure', item.netMassKg, { unitCode: item.netMassKg === undefined ? undefined : 'KGM' }),
      leaf('TariffQuantity', item.tariffQuantity, { unitCode: item.tariffQuantityUnit }),
    ),
    node(
      'InvoiceLine',
      leaf('ItemChargeAmount', item.itemPrice, { currencyID: currencyOnPrice ? item.currencyCode : undefined }),
    ),
  );
}

function dutyTaxFee(fee: DutyTaxFee): Xml {
  return (
    node(
      'DutyTaxFee',
      leaf('AdValoremTaxBaseAmount', fee.taxBaseAmount),
      leaf('DutyRegimeCode', fee.dutyRegimeCode),
      leaf('SpecificTaxBaseQuantity', fee.taxBaseQuantity),
      leaf('TaxRateNumeric', fee.rate),
      leaf('TypeCode', fee.typeCode),
      leaf('QuotaOrderID', fee.quotaOrderId),
      node(
        'Payment',
        leaf('MethodCode', fee.paymentMethodCode),
        leaf('TaxAssessedAmount', fee.assessedAmount),
        leaf('PaymentAmount', fee.paymentAmount),
      ),
    ) || '<DutyTaxFee/>'
  );
}

/** The requested procedure with its previous one first (DE 1/10), then each additional procedure (DE 1/11). */
function procedures(item: GoodsItem): Xml {
  const main = node(
    'GovernmentProcedure',
    leaf('CurrentCode', item.procedureCode),
    leaf('PreviousCode', item.previousProcedureCode),
  );
  const additional = (item.additionalProcedureCodes ?? []).map((code) =>
    node('GovernmentProcedure', leaf('CurrentCode', code)),
  );
  return main + additional.join('');
}
