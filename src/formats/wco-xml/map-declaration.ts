import type { Declaration } from '../../core/model/declaration-schema.js';
import { MapContext, type XmlFault } from './map-context.js';
import { mapConsignment, mapTransport } from './map-consignment.js';
import { mapAdditionalInformation, mapDocuments, pointerText } from './map-documents.js';
import { compact, mapGoodsItem, nonEmpty } from './map-goods-item.js';
import { mapParties } from './map-parties.js';
import type { XmlElement } from './xml-element.js';

export interface MappedDeclaration {
  /** The canonical declaration as read (not yet schema-checked). */
  declaration: Declaration;
  faults: XmlFault[];
}

/**
 * A WCO DM 3.6 DEC-DMS `Declaration` element tree → canonical declaration. Function code 13
 * (COR amendment, INV cancellation) keeps the LRN and the MRN (`Declaration/ID`) it carries,
 * which name the original declaration, so the store files it as a new version of that one.
 */
export function mapDeclaration(root: XmlElement): MappedDeclaration {
  const ctx = new MapContext();
  root.used = true;
  const shipment = ctx.child(root, 'GoodsShipment');
  const functionCode = ctx.text(root, 'FunctionCode');
  if (functionCode === undefined)
    ctx.fault(root, 'missing-element', 'FunctionCode (message function, WCO 017) is missing');
  const invoiceAmount = ctx.child(root, 'InvoiceAmount');
  const exchange = ctx.all(root, 'CurrencyExchange')[0];
  const invoiceCurrency = ctx.attribute(invoiceAmount, 'currencyID');
  const declaration = compact<Declaration>({
    functionCode: functionCode ?? '',
    typeCode: ctx.text(root, 'TypeCode'),
    functionalReferenceId: ctx.text(root, 'FunctionalReferenceID'),
    mrn: ctx.text(root, 'ID'),
    issueDate: ctx.date(root, 'IssueDateTime'),
    acceptanceDate: ctx.date(root, 'AcceptanceDateTime'),
    declarationOfficeId: ctx.text(root, 'DeclarationOfficeID'),
    currencyCode: ctx.text(exchange, 'CurrencyTypeCode') ?? invoiceCurrency,
    exchangeRate: ctx.number(exchange, 'RateNumeric', 'exchangeRate'),
    invoiceAmount: ctx.number(root, 'InvoiceAmount', 'invoiceAmount'),
    totalGrossMassKg: ctx.mass(root, 'TotalGrossMassMeasure', 'totalGrossMassKg'),
    totalPackageQuantity: ctx.number(root, 'TotalPackageQuantity', 'totalPackageQuantity'),
    goodsItemQuantity: ctx.number(root, 'GoodsItemQuantity', 'goodsItemQuantity'),
    specificCircumstancesCode: ctx.text(root, 'SpecificCircumstancesCodeCode'),
    parties: mapParties(ctx, root, shipment),
    authorisations: nonEmpty(
      ctx
        .all(root, 'AuthorisationHolder')
        .map((holder) => compact({ id: ctx.text(holder, 'ID'), categoryCode: ctx.text(holder, 'CategoryCode') })),
    ),
    transport: mapTransport(ctx, root, shipment),
    consignment: mapConsignment(ctx, root, shipment),
    goodsItems: ctx.all(shipment, 'GovernmentAgencyGoodsItem').map((item) => mapGoodsItem(ctx, item)),
    previousDocuments: mapDocuments(ctx, shipment, 'PreviousDocument'),
    documents: mapDocuments(ctx, root, 'AdditionalDocument'),
    amendments: nonEmpty(
      ctx.all(root, 'Amendment').map((amendment) => {
        const pointers = ctx.all(amendment, 'Pointer').map((pointer) => pointerText(ctx, pointer));
        return compact({
          changeReasonCode: ctx.text(amendment, 'ChangeReasonCode'),
          pointers: pointers.length > 0 ? [pointers.join('/')] : undefined,
        });
      }),
    ),
    additionalInformation: mapAdditionalInformation(ctx, root),
    guarantees: nonEmpty(
      ctx.all(root, 'ObligationGuarantee').map((guarantee) =>
        compact({
          id: ctx.text(guarantee, 'ID'),
          referenceId: ctx.text(guarantee, 'ReferenceID'),
          securityDetailsCode: ctx.text(guarantee, 'SecurityDetailsCode'),
          amount: ctx.number(guarantee, 'AmountAmount', 'amount'),
          accessCode: ctx.text(guarantee, 'AccessCode'),
          officeId: ctx.text(ctx.child(guarantee, 'GuaranteeOffice'), 'ID'),
        }),
      ),
    ),
    exitOfficeId: ctx.text(ctx.child(root, 'ExitOffice'), 'ID'),
    supervisingOfficeId: ctx.text(ctx.child(root, 'SupervisingOffice'), 'ID'),
    presentationOfficeId: ctx.text(ctx.child(root, 'PresentationOffice'), 'ID'),
  });
  return { declaration, faults: ctx.faults };
}
