import type { Declaration } from '../../core/model/declaration-schema.js';
import { documents, party, pointers, statements } from './encode-parts.js';
import { goodsItem } from './encode-goods-item.js';
import { dateTime, leaf, node, type Xml } from './xml-build.js';

const MD = 'urn:wco:datamodel:WCO:DocumentMetaData-DMS:2';
const DEC = 'urn:wco:datamodel:WCO:DEC-DMS:2';
const DEC_DS = 'urn:wco:datamodel:WCO:Declaration_DS:DMS:2';

/**
 * Canonical declaration → WCO DM 3.6 DEC-DMS XML (`MetaData` wrapping `Declaration`, HMRC's
 * namespaces), every field the WCO decoder maps written where the decoder reads it, in the
 * schema's element order. Fields with no WCO element (`nationalCodes`, `nomenclatureVersion`,
 * the single `amendment`) are not written.
 */
export function encodeWcoDeclaration(declaration: Declaration): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<md:MetaData xmlns:md="${MD}" xmlns="${DEC}" xmlns:p1="${DEC_DS}">` +
    `<md:WCODataModelVersionCode>3.6</md:WCODataModelVersionCode><md:WCOTypeName>DEC</md:WCOTypeName>` +
    `${declarationElement(declaration)}</md:MetaData>\n`
  );
}

function declarationElement(d: Declaration): Xml {
  const { parties, transport, consignment } = d;
  const border = transport.border;
  return node(
    'Declaration',
    dateTime('AcceptanceDateTime', d.acceptanceDate),
    leaf('FunctionCode', d.functionCode),
    leaf('FunctionalReferenceID', d.functionalReferenceId),
    leaf('ID', d.mrn),
    dateTime('IssueDateTime', d.issueDate),
    leaf('TypeCode', d.typeCode),
    leaf('GoodsItemQuantity', d.goodsItemQuantity),
    leaf('DeclarationOfficeID', d.declarationOfficeId),
    leaf('InvoiceAmount', d.invoiceAmount, { currencyID: d.invoiceAmount === undefined ? undefined : d.currencyCode }),
    leaf('TotalGrossMassMeasure', d.totalGrossMassKg, {
      unitCode: d.totalGrossMassKg === undefined ? undefined : 'KGM',
    }),
    leaf('TotalPackageQuantity', d.totalPackageQuantity),
    leaf('SpecificCircumstancesCodeCode', d.specificCircumstancesCode),
    party('Submitter', parties.submitter),
    documents('AdditionalDocument', d.documents),
    statements(d.additionalInformation),
    party('Agent', parties.agent),
    (d.amendments ?? [])
      .map(
        (a) => node('Amendment', leaf('ChangeReasonCode', a.changeReasonCode), pointers(a.pointers)) || '<Amendment/>',
      )
      .join(''),
    (d.authorisations ?? [])
      .map(
        (a) =>
          node('AuthorisationHolder', leaf('ID', a.id), leaf('CategoryCode', a.categoryCode)) ||
          '<AuthorisationHolder/>',
      )
      .join(''),
    border === undefined
      ? ''
      : node(
          'BorderTransportMeans',
          leaf('ID', border.id),
          leaf('IdentificationTypeCode', border.identificationTypeCode),
          leaf('RegistrationNationalityCode', border.nationalityCode),
          leaf('ModeCode', border.modeCode),
        ),
    node(
      'Consignment',
      party('Carrier', parties.carrier),
      node('Freight', leaf('PaymentMethodCode', consignment.freightPaymentMethodCode)),
      (consignment.routingCountryCodes ?? [])
        .map((code, i) => node('Itinerary', leaf('SequenceNumeric', i + 1), leaf('RoutingCountryCode', code)))
        .join(''),
    ),
    node('CurrencyExchange', leaf('CurrencyTypeCode', d.currencyCode), leaf('RateNumeric', d.exchangeRate)),
    party('Declarant', parties.declarant),
    node('ExitOffice', leaf('ID', d.exitOfficeId)),
    party('Exporter', parties.exporter),
    goodsShipment(d),
    (d.guarantees ?? [])
      .map(
        (g) =>
          node(
            'ObligationGuarantee',
            leaf('AmountAmount', g.amount),
            leaf('ID', g.id),
            leaf('ReferenceID', g.referenceId),
            leaf('SecurityDetailsCode', g.securityDetailsCode),
            leaf('AccessCode', g.accessCode),
            node('GuaranteeOffice', leaf('ID', g.officeId)),
          ) || '<ObligationGuarantee/>',
      )
      .join(''),
    node('PresentationOffice', leaf('ID', d.presentationOfficeId)),
    node('SupervisingOffice', leaf('ID', d.supervisingOfficeId)),
  );
}

function goodsShipment(d: Declaration): Xml {
  const { parties, consignment: c, transport } = d;
  const location = c.goodsLocation;
  const means = (name: string, value: typeof transport.arrival) =>
    value === undefined
      ? ''
      : node(
          name,
          leaf('ID', value.id),
          leaf('IdentificationTypeCode', value.identificationTypeCode),
          leaf('RegistrationNationalityCode', value.nationalityCode),
          leaf('ModeCode', value.modeCode),
        );
  return node(
    'GoodsShipment',
    leaf('TransactionNatureCode', c.transactionNatureCode),
    party('Buyer', parties.buyer),
    party('Consignee', parties.consignee),
    node(
      'Consignment',
      leaf('ContainerCode', c.containerIndicator),
      means('ArrivalTransportMeans', transport.arrival),
      means('DepartureTransportMeans', transport.departure),
      location === undefined
        ? ''
        : node(
            'GoodsLocation',
            leaf('Name', location.name),
            leaf('ID', location.id),
            leaf('TypeCode', location.typeCode),
            node('Address', leaf('TypeCode', location.addressTypeCode), leaf('CountryCode', location.countryCode)),
          ),
      node('LoadingLocation', leaf('ID', c.loadingLocation)),
      (c.containers ?? [])
        .map(
          (e) =>
            node(
              'TransportEquipment',
              leaf('SequenceNumeric', e.sequence),
              leaf('ID', e.id),
              (e.sealIds ?? [])
                .map((seal, i) => node('Seal', leaf('SequenceNumeric', i + 1), leaf('ID', seal)))
                .join(''),
            ) || '<TransportEquipment/>',
        )
        .join(''),
    ),
    party('Consignor', parties.consignor),
    node('CustomsValuation', leaf('FreightChargeAmount', c.freightAmount)),
    node('Destination', leaf('CountryCode', c.destinationCountryCode)),
    node('ExportCountry', leaf('ID', c.exportCountryCode)),
    d.goodsItems.map(goodsItem).join(''),
    party('Importer', parties.importer),
    node('Invoice', leaf('ID', c.invoiceId)),
    documents('PreviousDocument', d.previousDocuments),
    party('Seller', parties.seller),
    node(
      'TradeTerms',
      leaf('ConditionCode', c.incotermCode),
      leaf('LocationID', c.incotermLocationId),
      leaf('LocationName', c.incotermPlace),
    ),
    node('UCR', leaf('ID', c.ucr), leaf('TraderAssignedReferenceID', c.traderReference)),
    node('Warehouse', leaf('ID', c.warehouseId), leaf('TypeCode', c.warehouseTypeCode)),
  );
}
