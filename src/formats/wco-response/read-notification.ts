import { MapContext, type XmlFault } from '../wco-xml/map-context.js';
import { xpathOf, type XmlElement } from '../wco-xml/xml-element.js';
import type {
  DeclarationNotification,
  NotificationDeclaration,
  NotificationDutyTaxFee,
  NotificationPointer,
} from './declaration-notification.js';
import { dmsFunction } from './dms-function-codes.js';

/** Tamga writes its rule id first in an error description, so a reader can give it back. */
const RULE_PREFIX = /^\[([A-Za-z0-9][\w.-]*)\]\s*/;

/** A WCO `Response` element tree (namespace or not) → notification, with the values it could not read. */
export function readNotification(response: XmlElement): { notification: DeclarationNotification; faults: XmlFault[] } {
  const ctx = new MapContext();
  response.used = true;
  const functionCode = ctx.text(response, 'FunctionCode');
  if (functionCode === undefined)
    ctx.fault(response, 'missing-element', 'FunctionCode (message function, WCO 017) is missing');
  const known = functionCode === undefined ? undefined : dmsFunction(functionCode);
  const declarations = ctx.all(response, 'Declaration');
  if (declarations.length === 0)
    ctx.fault(response, 'missing-element', 'Declaration (the declaration answered, WCO 42A) is missing');
  const bank = ctx.child(response, 'Bank');
  const notification: DeclarationNotification = {
    functionCode: functionCode ?? '',
    meaning: known?.meaning ?? `function code ${functionCode ?? '(none)'}`,
    declaration: readDeclaration(ctx, declarations[0]),
    statuses: ctx.all(response, 'Status').map((status) =>
      compact({
        nameCode: ctx.text(status, 'NameCode'),
        effectiveAt: ctx.date(status, 'EffectiveDateTime'),
        releasedAt: ctx.date(status, 'ReleaseDateTime'),
      }),
    ),
    errors: ctx.all(response, 'Error').map((error) => {
      const description = ctx.text(error, 'Description');
      const ruleId = description === undefined ? undefined : RULE_PREFIX.exec(description)?.[1];
      return compact({
        validationCode: ctx.text(error, 'ValidationCode'),
        description,
        ruleId,
        pointers: pointers(ctx, error),
      });
    }),
    amendments: ctx
      .all(response, 'Amendment')
      .map((amendment) =>
        compact({ changeReasonCode: ctx.text(amendment, 'ChangeReasonCode'), pointers: pointers(ctx, amendment) }),
      ),
    additionalInformation: ctx.all(response, 'AdditionalInformation').map((statement) =>
      compact({
        statementCode: ctx.text(statement, 'StatementCode'),
        statementDescription: ctx.text(statement, 'StatementDescription'),
        statementTypeCode: ctx.text(statement, 'StatementTypeCode'),
        limitDate: ctx.date(statement, 'LimitDateTime'),
        pointers: pointers(ctx, statement),
      }),
    ),
    dutyTaxFees: declarations.flatMap((declaration) => dutyTaxFees(ctx, declaration)),
    corrections: declarations.slice(1).flatMap((declaration) => leaves(declaration)),
  };
  if (known !== undefined) notification.name = known.name;
  const notificationId = ctx.text(response, 'FunctionalReferenceID');
  if (notificationId !== undefined) notification.notificationId = notificationId;
  const issuedAt = ctx.date(response, 'IssueDateTime');
  if (issuedAt !== undefined) notification.issuedAt = issuedAt;
  if (bank !== undefined)
    notification.bank = compact({ referenceId: ctx.text(bank, 'ReferenceID'), accountId: ctx.text(bank, 'ID') });
  return { notification, faults: ctx.faults };
}

function readDeclaration(ctx: MapContext, declaration: XmlElement | undefined): NotificationDeclaration {
  return compact({
    lrn: ctx.text(declaration, 'FunctionalReferenceID'),
    mrn: ctx.text(declaration, 'ID'),
    version: ctx.text(declaration, 'VersionID'),
    acceptedAt: ctx.date(declaration, 'AcceptanceDateTime'),
    rejectedAt: ctx.date(declaration, 'RejectionDateTime'),
    cancelledAt: ctx.date(declaration, 'CancellationDateTime'),
  });
}

export function pointers(ctx: MapContext, parent: XmlElement): NotificationPointer[] {
  return ctx.all(parent, 'Pointer').map((pointer) => {
    const step: NotificationPointer = { documentSectionCode: ctx.text(pointer, 'DocumentSectionCode') ?? '' };
    const sequence = ctx.number(pointer, 'SequenceNumeric', 'sequence');
    const tagId = ctx.text(pointer, 'TagID');
    if (sequence !== undefined) step.sequence = sequence;
    if (tagId !== undefined) step.tagId = tagId;
    return step;
  });
}

/** Declaration-level payments and the duty lines of each goods item (DMSTAX). */
function dutyTaxFees(ctx: MapContext, declaration: XmlElement): NotificationDutyTaxFee[] {
  const lines = ctx.all(declaration, 'DutyTaxFee').map((fee) => dutyTaxFee(ctx, fee, undefined));
  const items = ctx.all(ctx.child(declaration, 'GoodsShipment'), 'GovernmentAgencyGoodsItem');
  for (const item of items) {
    const sequence = ctx.number(item, 'SequenceNumeric', 'sequence');
    for (const fee of ctx.all(ctx.child(item, 'Commodity'), 'DutyTaxFee')) lines.push(dutyTaxFee(ctx, fee, sequence));
  }
  return lines;
}

function dutyTaxFee(ctx: MapContext, fee: XmlElement, goodsItem: number | undefined): NotificationDutyTaxFee {
  const payment = ctx.child(fee, 'Payment');
  const amounts = [
    ctx.child(fee, 'AdValoremTaxBaseAmount'),
    ctx.child(fee, 'DeductAmount'),
    ctx.child(payment, 'TaxAssessedAmount'),
    ctx.child(payment, 'PaymentAmount'),
  ];
  const currencies = amounts.map((amount) => ctx.attribute(amount, 'currencyID'));
  return compact({
    goodsItem,
    taxType: ctx.text(fee, 'TypeCode'),
    dutyRegimeCode: ctx.text(fee, 'DutyRegimeCode'),
    rate: ctx.number(fee, 'TaxRateNumeric', 'rate'),
    taxBaseAmount: ctx.number(fee, 'AdValoremTaxBaseAmount', 'taxBaseAmount'),
    taxBaseQuantity: ctx.number(fee, 'SpecificTaxBaseQuantity', 'taxBaseQuantity'),
    deductAmount: ctx.number(fee, 'DeductAmount', 'deductAmount'),
    assessedAmount: ctx.number(payment, 'TaxAssessedAmount', 'assessedAmount'),
    paymentAmount: ctx.number(payment, 'PaymentAmount', 'paymentAmount'),
    currencyCode: currencies.find((code) => code !== undefined),
    paymentReference: ctx.text(payment, 'ReferenceID'),
    dueDate: ctx.date(payment, 'DueDateTime'),
  });
}

/** Leaf elements under a `Declaration`, as xpaths from it, with their text. */
function leaves(element: XmlElement): { xpath: string; value: string }[] {
  element.used = true;
  if (element.children.length === 0)
    return element.text === ''
      ? []
      : [{ xpath: xpathOf(element).replace(/^.*?Declaration/, 'Declaration'), value: element.text }];
  return element.children.flatMap((child) => leaves(child));
}

function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value as { [K in keyof T]: Exclude<T[K], undefined> };
}
