import type { Parties, Party } from '../../core/model/declaration-schema.js';
import type { MapContext } from './map-context.js';
import type { XmlElement } from './xml-element.js';

/** A WCO party (ID, Name, Address, agent FunctionCode); `undefined` when the element is absent or empty. */
export function mapParty(ctx: MapContext, element: XmlElement | undefined): Party | undefined {
  if (element === undefined) return undefined;
  const party: Party = {};
  const id = ctx.text(element, 'ID');
  const name = ctx.text(element, 'Name');
  const functionCode = ctx.text(element, 'FunctionCode');
  const address = mapAddress(ctx, ctx.child(element, 'Address'));
  if (id !== undefined) party.id = id;
  if (name !== undefined) party.name = name;
  if (address !== undefined) party.address = address;
  if (functionCode !== undefined) party.functionCode = functionCode;
  return Object.keys(party).length > 0 ? party : undefined;
}

function mapAddress(ctx: MapContext, element: XmlElement | undefined): Party['address'] {
  if (element === undefined) return undefined;
  const address: NonNullable<Party['address']> = {};
  const line = ctx.text(element, 'Line');
  const cityName = ctx.text(element, 'CityName');
  const postcodeId = ctx.text(element, 'PostcodeID');
  const countryCode = ctx.text(element, 'CountryCode');
  if (line !== undefined) address.line = line;
  if (cityName !== undefined) address.cityName = cityName;
  if (postcodeId !== undefined) address.postcodeId = postcodeId;
  if (countryCode !== undefined) address.countryCode = countryCode;
  return Object.keys(address).length > 0 ? address : undefined;
}

/**
 * Parties of `Declaration` and `GoodsShipment`. In an amendment or cancellation (function code 13)
 * without a `Declarant`, the `Submitter` is the declarant: CDS requires the submitter of such a
 * message to be the declarant of the original, and the store keys declarations by declarant + LRN.
 */
export function mapParties(ctx: MapContext, declaration: XmlElement, shipment: XmlElement | undefined): Parties {
  const consignment = ctx.child(declaration, 'Consignment');
  const entries: [keyof Parties, Party | undefined][] = [
    ['declarant', mapParty(ctx, ctx.child(declaration, 'Declarant'))],
    ['importer', mapParty(ctx, ctx.child(shipment, 'Importer'))],
    ['exporter', mapParty(ctx, ctx.child(declaration, 'Exporter'))],
    ['seller', mapParty(ctx, ctx.child(shipment, 'Seller'))],
    ['buyer', mapParty(ctx, ctx.child(shipment, 'Buyer'))],
    ['consignee', mapParty(ctx, ctx.child(shipment, 'Consignee'))],
    ['consignor', mapParty(ctx, ctx.child(shipment, 'Consignor') ?? ctx.child(consignment, 'Consignor'))],
    ['agent', mapParty(ctx, ctx.child(declaration, 'Agent'))],
    ['carrier', mapParty(ctx, ctx.child(consignment, 'Carrier'))],
    ['submitter', mapParty(ctx, ctx.child(declaration, 'Submitter'))],
  ];
  const parties: Parties = {};
  for (const [role, party] of entries) if (party !== undefined) parties[role] = party;
  if (
    parties.declarant === undefined &&
    parties.submitter?.id !== undefined &&
    ctx.text(declaration, 'FunctionCode') === '13'
  ) {
    parties.declarant = { id: parties.submitter.id };
  }
  return parties;
}
