import type { Declaration, GoodsItem } from '../../../../core/model/declaration-schema.js';
import { writeInterchange, type MessageOut } from '../../response/edifact-writer.js';
import type { EdifactParty } from '../../syntax/envelope-headers.js';
import {
  ADDITIONAL_PROCEDURE_LIST,
  AMOUNTS,
  CLASSIFICATION_LISTS,
  CONTROL_TOTALS,
  CUSTOMS_CODE_LISTS,
  DATES,
  DESCRIPTION_TEXT,
  HEADER_PLACES,
  ITEM_DUTY_FUNCTION,
  ITEM_PLACES,
  MEASURES,
  PARTY_QUALIFIERS,
  REFERENCES,
  SPECIAL_CIRCUMSTANCES_LIST,
  TRANSPORT_STAGES,
  type PartyRole,
} from './cusdec-codes.js';
import { CusdecOut, type EncodeProblem } from './cusdec-writer-parts.js';

/**
 * UNH association assigned code (0057) of Tamga's CUSDEC implementation guide: codes come from the WCO
 * and national lists the canonical model carries, so UN code list checks are warnings for these messages.
 */
export const TAMGA_GUIDE = 'TAMGA1';

/** The CUSDEC D.96B message for a canonical declaration (the inverse of `cusdecToDeclaration`). */
export function declarationToCusdec(
  declaration: Declaration,
  reference = '1',
): { message: MessageOut; problems: EncodeProblem[] } {
  const out = new CusdecOut();
  writeHeader(declaration, out);
  out.add('UNS', 'D');
  declaration.goodsItems.forEach((item, index) => writeItem(item, `goodsItems[${index}]`, out));
  out.add('UNS', 'S');
  if (declaration.goodsItemQuantity !== undefined)
    out.add('CNT', [CONTROL_TOTALS.goodsItemQuantity, out.number(declaration.goodsItemQuantity)]);
  if (declaration.totalPackageQuantity !== undefined) {
    out.add('CNT', [CONTROL_TOTALS.totalPackageQuantity, out.number(declaration.totalPackageQuantity)]);
  }
  const message = {
    reference,
    type: 'CUSDEC',
    version: 'D',
    release: '96B',
    agency: 'UN',
    associationCode: TAMGA_GUIDE,
    segments: out.segments,
  };
  return { message, problems: out.problems };
}

function writeHeader(d: Declaration, out: CusdecOut): void {
  const c = d.consignment;
  out.add('BGM', [undefined, undefined, undefined, d.typeCode], d.functionalReferenceId, d.functionCode);
  const place = (qualifier: string, id: string | undefined) => id !== undefined && out.add('LOC', qualifier, id);
  place(HEADER_PLACES.exportCountryCode, c.exportCountryCode);
  place(HEADER_PLACES.destinationCountryCode, c.destinationCountryCode);
  place(HEADER_PLACES.declarationOfficeId, d.declarationOfficeId);
  place('42', d.exitOfficeId);
  place(HEADER_PLACES.loadingLocation, c.loadingLocation);
  place(HEADER_PLACES.warehouseId, c.warehouseId);
  for (const country of c.routingCountryCodes ?? []) place('49', country);
  const location = c.goodsLocation;
  if (location) {
    out.add(
      'LOC',
      HEADER_PLACES.goodsLocation,
      [location.id, location.typeCode, undefined, location.name],
      location.countryCode,
    );
  }
  out.date(DATES.issueDate, d.issueDate, 'issueDate');
  out.date(DATES.acceptanceDate, d.acceptanceDate, 'acceptanceDate');
  if (d.specificCircumstancesCode !== undefined)
    out.add('GIS', [d.specificCircumstancesCode, SPECIAL_CIRCUMSTANCES_LIST]);
  if (d.totalGrossMassKg !== undefined)
    out.add('MEA', 'WT', MEASURES.totalGross, ['KGM', out.number(d.totalGrossMassKg)]);
  const containers = c.containers ?? [];
  for (const container of containers) if (container.id !== undefined) out.add('EQD', 'CN', container.id);
  for (const seal of containers.flatMap((container) => container.sealIds ?? [])) out.add('SEL', seal);
  out.statements(d.additionalInformation, 'additionalInformation');
  const references: [string, string | undefined][] = [
    [REFERENCES.mrn, d.mrn],
    [REFERENCES.ucr, c.ucr],
    [REFERENCES.invoiceId, c.invoiceId],
  ];
  for (const [qualifier, value] of references) if (value !== undefined) out.add('RFF', [qualifier, value]);
  writeTransport(d, out);
  out.documents(
    {
      ...(d.documents ? { documents: d.documents } : {}),
      ...(d.previousDocuments ? { previousDocuments: d.previousDocuments } : {}),
    },
    '',
  );
  for (const [role, qualifier] of Object.entries(PARTY_QUALIFIERS) as [PartyRole, string][]) {
    const party = d.parties[role];
    if (party) out.party(qualifier, party, `parties.${role}`);
  }
  if (c.incotermCode !== undefined || c.incotermPlace !== undefined || c.incotermLocationId !== undefined) {
    out.add('TOD', undefined, undefined, c.incotermCode);
    if (c.incotermPlace !== undefined || c.incotermLocationId !== undefined) {
      out.add('LOC', HEADER_PLACES.incotermPlace, [c.incotermLocationId, undefined, undefined, c.incotermPlace]);
    }
  }
  if (d.invoiceAmount !== undefined || d.currencyCode !== undefined || d.exchangeRate !== undefined) {
    out.add('MOA', [AMOUNTS.invoiceAmount, out.number(d.invoiceAmount), d.currencyCode]);
    if (d.exchangeRate !== undefined) out.add('CUX', ['2', undefined, '4'], undefined, out.number(d.exchangeRate));
  }
  if (c.freightAmount !== undefined) out.add('MOA', [AMOUNTS.freightAmount, out.number(c.freightAmount)]);
}

function writeTransport(d: Declaration, out: CusdecOut): void {
  for (const [key, stage] of Object.entries(TRANSPORT_STAGES) as [keyof typeof TRANSPORT_STAGES, string][]) {
    const means = d.transport[key];
    if (!means) continue;
    const coded = means.id !== undefined && means.id.length <= 9;
    const identity = coded ? [means.id, undefined, undefined, undefined] : [undefined, undefined, undefined, means.id];
    out.add('TDT', stage, undefined, means.modeCode, means.identificationTypeCode, undefined, undefined, undefined, [
      ...identity,
      means.nationalityCode,
    ]);
  }
}

function writeItem(item: GoodsItem, path: string, out: CusdecOut): void {
  const codes: [string, string | undefined][] = item.classifications.map((c) => [
    c.id,
    c.identificationTypeCode === undefined
      ? undefined
      : (CLASSIFICATION_LISTS[c.identificationTypeCode] ?? c.identificationTypeCode),
  ]);
  if (item.procedureCode !== undefined) codes.push([item.procedureCode, CUSTOMS_CODE_LISTS.procedure]);
  if (item.valuationMethodCode !== undefined)
    codes.push([item.valuationMethodCode, CUSTOMS_CODE_LISTS.valuationMethod]);
  if (codes.length > 5)
    out.problem(
      `${path}.classifications`,
      'CST carries at most 5 codes (commodity codes, procedure, valuation method)',
    );
  out.add('CST', out.number(item.sequence), ...codes.slice(0, 5));
  const description = out.lines(item.description, `${path}.description`, { width: 70, max: 5 });
  if (description) out.add('FTX', DESCRIPTION_TEXT, undefined, undefined, description);
  out.statements(item.additionalInformation, `${path}.additionalInformation`);
  for (const [key, qualifier] of Object.entries(ITEM_PLACES) as [keyof typeof ITEM_PLACES, string][]) {
    if (item[key] !== undefined) out.add('LOC', qualifier, item[key]);
  }
  out.weight(MEASURES.gross, item.grossMassKg);
  out.weight(MEASURES.net, item.netMassKg);
  if (item.tariffQuantity !== undefined) {
    if (item.tariffQuantityUnit === undefined)
      out.problem(`${path}.tariffQuantityUnit`, 'a tariff quantity needs its unit');
    out.add('MEA', MEASURES.tariffQuantity, undefined, [
      item.tariffQuantityUnit ?? '',
      out.number(item.tariffQuantity),
    ]);
  }
  for (const pack of item.packages ?? []) {
    out.add('PAC', out.number(pack.quantity), undefined, pack.typeCode);
    const marks = out.lines(pack.marks, `${path}.packages.marks`, { width: 35, max: 10 });
    if (marks) out.add('PCI', undefined, marks);
  }
  if (item.itemPrice !== undefined || item.currencyCode !== undefined) {
    out.add('MOA', [AMOUNTS.itemPrice, out.number(item.itemPrice), item.currencyCode]);
  }
  if (item.customsValue !== undefined) out.add('MOA', [AMOUNTS.customsValue, out.number(item.customsValue)]);
  if (item.statisticalValue !== undefined)
    out.add('MOA', [AMOUNTS.statisticalValue, out.number(item.statisticalValue)]);
  out.documents(item, `${path}.`);
  for (const code of item.additionalProcedureCodes ?? []) out.add('GIS', [code, ADDITIONAL_PROCEDURE_LIST]);
  for (const duty of item.dutyTaxFees ?? []) {
    const type =
      duty.typeCode !== undefined && duty.typeCode.length > 3
        ? [undefined, undefined, undefined, duty.typeCode]
        : [duty.typeCode];
    out.add('TAX', ITEM_DUTY_FUNCTION, type, undefined, out.number(duty.taxBaseQuantity), [
      duty.dutyRegimeCode,
      undefined,
      undefined,
      out.number(duty.rate),
    ]);
    if (duty.assessedAmount !== undefined) out.add('MOA', [AMOUNTS.assessedAmount, out.number(duty.assessedAmount)]);
    if (duty.taxBaseAmount !== undefined) out.add('MOA', [AMOUNTS.taxBaseAmount, out.number(duty.taxBaseAmount)]);
    if (duty.paymentMethodCode !== undefined) out.add('GIS', duty.paymentMethodCode);
  }
}

/** Interchange options for `encodeCusdec`. */
export interface CusdecInterchange {
  sender: EdifactParty;
  recipient: EdifactParty;
  controlReference: string;
  preparedAt: Date;
  messageReference?: string;
}

/**
 * A declaration as a whole CUSDEC interchange: UNOC (Latin-1) syntax 3, or UNOW (UTF-8) syntax 4 when
 * the declaration has characters Latin-1 lacks; `bytes` are encoded accordingly.
 */
export function encodeCusdec(
  declaration: Declaration,
  interchange: CusdecInterchange,
): { text: string; bytes: Uint8Array; problems: EncodeProblem[] } {
  const { message, problems } = declarationToCusdec(declaration, interchange.messageReference);
  const wide = /[\u0100-\uffff]/.test(JSON.stringify(declaration));
  const text = writeInterchange({
    ...interchange,
    syntaxId: wide ? 'UNOW' : 'UNOC',
    syntaxVersion: wide ? 4 : 3,
    messages: [message],
  });
  return { text, bytes: Buffer.from(text, wide ? 'utf8' : 'latin1'), problems };
}
