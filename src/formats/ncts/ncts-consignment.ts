import type {
  TransitConsignment,
  TransitEquipment,
  TransitGoodsItem,
  TransitHouseConsignment,
  TransitPackaging,
} from '../../core/model/transit-movement.js';
import type { XmlElement } from '../wco-xml/xml-element.js';
import type { NctsContext } from './ncts-context.js';
import { compact, readDocuments, readParty } from './ncts-parties.js';

/** `Consignment` with its equipment, places, border means, documents and house consignments. */
export function readConsignment(ctx: NctsContext, element: XmlElement): TransitConsignment {
  const location = ctx.child(element, 'LocationOfGoods');
  return compact({
    countryOfDispatch: ctx.text(element, 'countryOfDispatch'),
    countryOfDestination: ctx.text(element, 'countryOfDestination'),
    containerised: ctx.flag(element, 'containerIndicator'),
    inlandModeOfTransport: ctx.text(element, 'inlandModeOfTransport'),
    modeOfTransportAtTheBorder: ctx.text(element, 'modeOfTransportAtTheBorder'),
    grossMassKg: ctx.decimalValue(element, 'grossMass', true),
    ucr: ctx.text(element, 'referenceNumberUCR'),
    carrier: readParty(ctx, ctx.child(element, 'Carrier')),
    consignor: readParty(ctx, ctx.child(element, 'Consignor')),
    consignee: readParty(ctx, ctx.child(element, 'Consignee')),
    equipment: readEquipment(ctx, element),
    locationOfGoods:
      ctx.text(location, 'UNLocode') ??
      ctx.text(location, 'authorisationNumber') ??
      ctx.office(ctx.child(location, 'CustomsOffice')) ??
      ctx.text(ctx.child(location, 'EconomicOperator'), 'identificationNumber'),
    placeOfLoading: place(ctx, ctx.child(element, 'PlaceOfLoading')),
    placeOfUnloading: place(ctx, ctx.child(element, 'PlaceOfUnloading')),
    borderMeans: nonEmpty(
      ctx.all(element, 'ActiveBorderTransportMeans').map((means) =>
        compact({
          identification: ctx.text(means, 'identificationNumber'),
          nationality: ctx.text(means, 'nationality'),
          conveyanceReference: ctx.text(means, 'conveyanceReferenceNumber'),
        }),
      ),
    ),
    transportDocuments: readDocuments(ctx, element, 'TransportDocument'),
    previousDocuments: readDocuments(ctx, element, 'PreviousDocument'),
    houseConsignments: ctx.all(element, 'HouseConsignment').map((house) => readHouse(ctx, house)),
  });
}

/** `TransportEquipment`: containers with their seals (in sequence order) and the goods items in them. */
export function readEquipment(ctx: NctsContext, parent: XmlElement): TransitEquipment[] {
  return ctx.all(parent, 'TransportEquipment').map((equipment) => {
    const seals = ctx
      .all(equipment, 'Seal')
      .map((seal) => ({ order: ctx.integer(seal, 'sequenceNumber') ?? 0, id: ctx.text(seal, 'identifier') }))
      .sort((a, b) => a.order - b.order)
      .flatMap((seal) => seal.id ?? []);
    const goodsItemNumbers = ctx
      .all(equipment, 'GoodsReference')
      .flatMap((reference) => ctx.integer(reference, 'declarationGoodsItemNumber') ?? []);
    ctx.all(equipment, 'GoodsReference').forEach((reference) => ctx.integer(reference, 'sequenceNumber'));
    return compact({
      sequence: ctx.integer(equipment, 'sequenceNumber') ?? 0,
      containerId: ctx.text(equipment, 'containerIdentificationNumber'),
      numberOfSeals: ctx.integer(equipment, 'numberOfSeals'),
      seals,
      goodsItemNumbers,
    });
  });
}

function readHouse(ctx: NctsContext, house: XmlElement): TransitHouseConsignment {
  return compact({
    sequence: ctx.integer(house, 'sequenceNumber') ?? 0,
    grossMassKg: ctx.decimalValue(house, 'grossMass', true),
    ucr: ctx.text(house, 'referenceNumberUCR'),
    consignor: readParty(ctx, ctx.child(house, 'Consignor')),
    consignee: readParty(ctx, ctx.child(house, 'Consignee')),
    transportDocuments: readDocuments(ctx, house, 'TransportDocument'),
    previousDocuments: readDocuments(ctx, house, 'PreviousDocument'),
    items: ctx.all(house, 'ConsignmentItem').map((item) => readItem(ctx, item)),
  });
}

export function readItem(ctx: NctsContext, item: XmlElement): TransitGoodsItem {
  const commodity = ctx.child(item, 'Commodity');
  const code = ctx.child(commodity, 'CommodityCode');
  const measure = ctx.child(commodity, 'GoodsMeasure');
  return compact({
    goodsItemNumber: ctx.integer(item, 'goodsItemNumber') ?? 0,
    declarationGoodsItemNumber: ctx.integer(item, 'declarationGoodsItemNumber') ?? 0,
    description: ctx.text(commodity, 'descriptionOfGoods'),
    hsCode: ctx.text(code, 'harmonizedSystemSubHeadingCode'),
    cnCode: ctx.text(code, 'combinedNomenclatureCode'),
    cusCode: ctx.text(commodity, 'cusCode'),
    grossMassKg: ctx.decimalValue(measure, 'grossMass', true),
    netMassKg: ctx.decimalValue(measure, 'netMass', true),
    packages: ctx.all(item, 'Packaging').map((packaging) => readPackaging(ctx, packaging)),
    unDangerousGoodsNumbers: nonEmpty(
      ctx.all(commodity, 'DangerousGoods').flatMap((goods) => ctx.text(goods, 'UNNumber') ?? []),
    ),
    previousDocuments: readDocuments(ctx, item, 'PreviousDocument'),
    transportDocuments: readDocuments(ctx, item, 'TransportDocument'),
    ucr: ctx.text(item, 'referenceNumberUCR'),
  });
}

function readPackaging(ctx: NctsContext, packaging: XmlElement): TransitPackaging {
  return compact({
    sequence: ctx.integer(packaging, 'sequenceNumber'),
    typeCode: ctx.text(packaging, 'typeOfPackages'),
    quantity: ctx.integer(packaging, 'numberOfPackages'),
    marks: ctx.text(packaging, 'shippingMarks'),
  });
}

function place(ctx: NctsContext, element: XmlElement | undefined): string | undefined {
  return ctx.text(element, 'UNLocode') ?? ctx.text(element, 'location');
}

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}
