import type {
  TransitAddress,
  TransitDocument,
  TransitOffice,
  TransitParty,
} from '../../core/model/transit-movement.js';
import type { XmlElement } from '../wco-xml/xml-element.js';
import type { NctsContext } from './ncts-context.js';

/** Holder, consignor, consignee, carrier, trader at destination; `undefined` when absent or empty. */
export function readParty(ctx: NctsContext, element: XmlElement | undefined): TransitParty | undefined {
  if (element === undefined) return undefined;
  const party: TransitParty = compact({
    id: ctx.text(element, 'identificationNumber'),
    tirHolderId: ctx.text(element, 'TIRHolderIdentificationNumber'),
    name: ctx.text(element, 'name'),
    address: readAddress(ctx, ctx.child(element, 'Address')),
  });
  ctx.child(element, 'ContactPerson');
  return party;
}

export function readAddress(ctx: NctsContext, element: XmlElement | undefined): TransitAddress | undefined {
  if (element === undefined) return undefined;
  const address = compact({
    streetAndNumber: ctx.text(element, 'streetAndNumber'),
    postcode: ctx.text(element, 'postcode'),
    city: ctx.text(element, 'city'),
    country: ctx.text(element, 'country'),
  });
  return Object.keys(address).length > 0 ? address : undefined;
}

/** `CustomsOfficeOfTransitDeclared` / `CustomsOfficeOfExitForTransitDeclared`, in sequence order. */
export function readOffices(ctx: NctsContext, parent: XmlElement, name: string): TransitOffice[] {
  return ctx
    .all(parent, name)
    .flatMap((element): TransitOffice[] => {
      const referenceNumber = ctx.office(element);
      if (referenceNumber === undefined) return [];
      return [
        compact({
          sequence: ctx.integer(element, 'sequenceNumber') ?? 0,
          referenceNumber,
          arrivalEstimated: ctx.isoDateTime(element, 'arrivalDateAndTimeEstimated'),
        }),
      ];
    })
    .sort((a, b) => a.sequence - b.sequence);
}

/** `TransportDocument` / `PreviousDocument` / `SupportingDocument` lists; `undefined` when none. */
export function readDocuments(
  ctx: NctsContext,
  parent: XmlElement | undefined,
  name: string,
): TransitDocument[] | undefined {
  const documents = ctx.all(parent, name).flatMap((element) => {
    const referenceNumber = ctx.text(element, 'referenceNumber');
    ctx.integer(element, 'sequenceNumber');
    return referenceNumber === undefined ? [] : [compact({ type: ctx.text(element, 'type'), referenceNumber })];
  });
  return documents.length > 0 ? documents : undefined;
}

/** Drops `undefined` values so the decoded model stays minimal. */
export function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value as { [K in keyof T]: Exclude<T[K], undefined> };
}
