import type { Declaration, DeclarationDocument } from '../../core/model/declaration-schema.js';
import type { MapContext } from './map-context.js';
import type { XmlElement } from './xml-element.js';

type AdditionalInformation = NonNullable<Declaration['additionalInformation']>[number];

/** `AdditionalDocument` (02A) and `PreviousDocument` (99A) elements, which share the canonical document shape. */
export function mapDocuments(
  ctx: MapContext,
  parent: XmlElement | undefined,
  name: string,
): DeclarationDocument[] | undefined {
  const documents = ctx.all(parent, name).map((element) => mapDocument(ctx, element));
  return documents.length > 0 ? documents : undefined;
}

function mapDocument(ctx: MapContext, element: XmlElement): DeclarationDocument {
  const document: DeclarationDocument = {};
  const assign = <K extends keyof DeclarationDocument>(key: K, value: DeclarationDocument[K] | undefined) => {
    if (value !== undefined) document[key] = value;
  };
  assign('categoryCode', ctx.text(element, 'CategoryCode'));
  assign('typeCode', ctx.text(element, 'TypeCode'));
  assign('id', ctx.text(element, 'ID'));
  assign('lineNumber', ctx.number(element, 'LineNumeric', 'lineNumber'));
  assign('name', ctx.text(element, 'Name'));
  assign('effectiveDate', ctx.date(element, 'EffectiveDateTime'));
  assign('lpcoExemptionCode', ctx.text(element, 'LPCOExemptionCode'));
  const writeOff = ctx.child(element, 'WriteOff');
  const quantity = ctx.child(writeOff, 'QuantityQuantity');
  assign('writeOffQuantity', ctx.number(writeOff, 'QuantityQuantity', 'writeOffQuantity'));
  assign('writeOffQuantityUnit', ctx.attribute(quantity, 'unitCode'));
  return document;
}

/** `AdditionalInformation` (03A): statement code, text, type, and pointers as `42A[1]/06A[2]`. */
export function mapAdditionalInformation(
  ctx: MapContext,
  parent: XmlElement | undefined,
): AdditionalInformation[] | undefined {
  const statements = ctx.all(parent, 'AdditionalInformation').map((element) => {
    const statement: AdditionalInformation = {};
    const code = ctx.text(element, 'StatementCode');
    const description = ctx.text(element, 'StatementDescription');
    const type = ctx.text(element, 'StatementTypeCode');
    const pointers = ctx.all(element, 'Pointer').map((pointer) => pointerText(ctx, pointer));
    if (code !== undefined) statement.statementCode = code;
    if (description !== undefined) statement.statementDescription = description;
    if (type !== undefined) statement.statementTypeCode = type;
    if (pointers.length > 0) statement.pointers = [pointers.join('/')];
    return statement;
  });
  return statements.length > 0 ? statements : undefined;
}

/** One WCO `Pointer` step: `57A[2]`, ending with its tag when given: `04A[3]/241`. */
export function pointerText(ctx: MapContext, pointer: XmlElement): string {
  const section = ctx.text(pointer, 'DocumentSectionCode') ?? '';
  const sequence = ctx.text(pointer, 'SequenceNumeric');
  const tag = ctx.text(pointer, 'TagID');
  const step = sequence === undefined ? section : `${section}[${sequence}]`;
  return tag === undefined ? step : `${step}/${tag}`;
}
