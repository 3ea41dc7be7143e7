import type { Consignment, Declaration } from '../../core/model/declaration-schema.js';
import type { MapContext } from './map-context.js';
import { compact, nonEmpty } from './map-goods-item.js';
import type { XmlElement } from './xml-element.js';

type Transport = Declaration['transport'];
type Means = NonNullable<Transport['border']>;

/** Border (15A), arrival (10A) and departure (46A) means of transport. */
export function mapTransport(ctx: MapContext, declaration: XmlElement, shipment: XmlElement | undefined): Transport {
  const consignment = ctx.child(shipment, 'Consignment');
  const transport: Transport = {};
  const border = means(ctx, ctx.child(declaration, 'BorderTransportMeans'));
  const arrival = means(ctx, ctx.child(consignment, 'ArrivalTransportMeans'));
  const departure = means(ctx, ctx.child(consignment, 'DepartureTransportMeans'));
  if (border !== undefined) transport.border = border;
  if (arrival !== undefined) transport.arrival = arrival;
  if (departure !== undefined) transport.departure = departure;
  return transport;
}

function means(ctx: MapContext, element: XmlElement | undefined): Means | undefined {
  if (element === undefined) return undefined;
  const result = compact<Means>({
    modeCode: ctx.text(element, 'ModeCode'),
    id: ctx.text(element, 'ID'),
    identificationTypeCode: ctx.text(element, 'IdentificationTypeCode'),
    nationalityCode: ctx.text(element, 'RegistrationNationalityCode'),
  });
  return Object.keys(result).length > 0 ? result : undefined;
}

/** GoodsShipment-level consignment data (28A, 64A, 31B, 22B, 35B, 78A, 43B) and the itinerary of Declaration/Consignment. */
export function mapConsignment(
  ctx: MapContext,
  declaration: XmlElement,
  shipment: XmlElement | undefined,
): Consignment {
  const consignment = ctx.child(shipment, 'Consignment');
  const location = ctx.child(consignment, 'GoodsLocation');
  const locationAddress = ctx.child(location, 'Address');
  const tradeTerms = ctx.child(shipment, 'TradeTerms');
  const warehouse = ctx.child(shipment, 'Warehouse');
  const ucr = ctx.child(shipment, 'UCR');
  const declarationConsignment = ctx.child(declaration, 'Consignment');
  const goodsLocation = compact({
    id: ctx.text(location, 'ID'),
    name: ctx.text(location, 'Name'),
    typeCode: ctx.text(location, 'TypeCode'),
    countryCode: ctx.text(locationAddress, 'CountryCode'),
    addressTypeCode: ctx.text(locationAddress, 'TypeCode'),
  });
  return compact<Consignment>({
    exportCountryCode: ctx.text(ctx.child(shipment, 'ExportCountry'), 'ID'),
    destinationCountryCode: ctx.text(ctx.child(shipment, 'Destination'), 'CountryCode'),
    transactionNatureCode: ctx.text(shipment, 'TransactionNatureCode'),
    containerIndicator: ctx.text(consignment, 'ContainerCode'),
    goodsLocation: Object.keys(goodsLocation).length > 0 ? goodsLocation : undefined,
    loadingLocation: ctx.text(ctx.child(consignment, 'LoadingLocation'), 'ID'),
    containers: nonEmpty(
      ctx.all(consignment, 'TransportEquipment').map((equipment) =>
        compact({
          sequence: ctx.number(equipment, 'SequenceNumeric', 'sequence'),
          id: ctx.text(equipment, 'ID'),
          sealIds: nonEmpty(inSequence(ctx, ctx.all(equipment, 'Seal'), 'ID')),
        }),
      ),
    ),
    incotermCode: ctx.text(tradeTerms, 'ConditionCode'),
    incotermPlace: ctx.text(tradeTerms, 'LocationName'),
    incotermLocationId: ctx.text(tradeTerms, 'LocationID'),
    ucr: ctx.text(ucr, 'ID'),
    traderReference: ctx.text(ucr, 'TraderAssignedReferenceID'),
    invoiceId: ctx.text(ctx.child(shipment, 'Invoice'), 'ID'),
    freightAmount: ctx.number(ctx.child(shipment, 'CustomsValuation'), 'FreightChargeAmount', 'freightAmount'),
    warehouseId: ctx.text(warehouse, 'ID'),
    warehouseTypeCode: ctx.text(warehouse, 'TypeCode'),
    routingCountryCodes: nonEmpty(inSequence(ctx, ctx.all(declarationConsignment, 'Itinerary'), 'RoutingCountryCode')),
    freightPaymentMethodCode: ctx.text(ctx.child(declarationConsignment, 'Freight'), 'PaymentMethodCode'),
  });
}

/** Values of repeated elements ordered by their `SequenceNumeric`. */
function inSequence(ctx: MapContext, elements: XmlElement[], name: string): string[] {
  return elements
    .map((element) => ({ order: Number(ctx.text(element, 'SequenceNumeric') ?? 0), value: ctx.text(element, name) }))
    .sort((a, b) => a.order - b.order)
    .flatMap((entry) => entry.value ?? []);
}
