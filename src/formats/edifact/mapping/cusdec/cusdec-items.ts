import type { DutyTaxFee, GoodsItem } from '../../../../core/model/declaration-schema.js';
import { optionalAt, type EdifactSegment } from '../../syntax/edifact-segment.js';
import { parseEdifactNumber } from '../../validation/value-format.js';
import type { MappingContext, ValueAt } from '../mapping-context.js';
import type { SegmentGroup } from '../segment-group.js';
import {
  ADDITIONAL_PROCEDURE_LIST,
  AMOUNTS,
  CLASSIFICATION_TYPES,
  CUSTOMS_CODE_LISTS,
  DESCRIPTION_TEXT,
  GROSS_ALIASES,
  ITEM_PLACES,
  MEASURES,
  NET_ALIASES,
} from './cusdec-codes.js';
import { readDocuments } from './cusdec-documents.js';
import { readStatements } from './cusdec-header.js';
import { kilograms } from './cusdec-measures.js';

/** The goods item being filled and its canonical path. */
interface ItemTarget {
  item: GoodsItem;
  path: string;
}

const at = (path: string, segment: EdifactSegment | undefined, place: [number, number, string]): ValueAt => ({
  path,
  segment,
  element: place[0],
  component: place[1],
  elementId: place[2],
});

/** One customs item (CST group, SG30 in D.96B to D.01B) → goods item. */
export function readItem(group: SegmentGroup, index: number, context: MappingContext): GoodsItem {
  const cst = group.trigger;
  const path = `goodsItems[${index}]`;
  context.map.note(path, cst);
  const sequence = parseEdifactNumber(optionalAt(cst, 0), context.decimal);
  const item: GoodsItem = {
    sequence: sequence !== undefined && Number.isInteger(sequence) ? sequence : index + 1,
    classifications: [],
  };
  const target = { item, path };
  readCustomsCodes(cst, target, context);
  const description = group.first('FTX', DESCRIPTION_TEXT);
  if (description) {
    const value = context.lines(description.elements[3], 70);
    context.value(item, 'description', {
      value,
      path: `${path}.description`,
      segment: description,
      elementId: 'C108/4440',
    });
  }
  const statements = readStatements(
    group.all('FTX'),
    { base: `${path}.additionalInformation`, skipDescription: true },
    context,
  );
  if (statements.length > 0) item.additionalInformation = statements;
  for (const [key, qualifier] of Object.entries(ITEM_PLACES) as [keyof typeof ITEM_PLACES, string][]) {
    context.text(item, key, at(`${path}.${key}`, group.first('LOC', qualifier), [1, 0, 'C517/3225']));
  }
  readMeasures(group, target, context);
  readAmounts(group, target, context);
  const procedures = group
    .groups('GIS')
    .map((g) => g.trigger)
    .filter((gis) => optionalAt(gis, 0, 1) === ADDITIONAL_PROCEDURE_LIST);
  if (procedures.length > 0) {
    item.additionalProcedureCodes = procedures.map((gis) => optionalAt(gis, 0, 0) ?? '');
    context.map.note(`${path}.additionalProcedureCodes`, procedures[0]!, 'C529/7365');
  }
  const duties = group.groups('TAX').map((tax, i) => readDuty(tax, `${path}.dutyTaxFees[${i}]`, context));
  if (duties.length > 0) item.dutyTaxFees = duties;
  const { documents, previousDocuments } = readDocuments(group.groups('DOC'), `${path}.`, context);
  if (documents.length > 0) item.documents = documents;
  if (previousDocuments.length > 0) item.previousDocuments = previousDocuments;
  const packages = group.groups('PAC').map((pac, i) => readPackage(pac, `${path}.packages[${i}]`, context));
  if (packages.length > 0) item.packages = packages;
  return item;
}

/** CST C246 slots: commodity codes (their 1131 list gives the classification type), procedure, valuation method. */
function readCustomsCodes(cst: EdifactSegment, { item, path }: ItemTarget, context: MappingContext): void {
  for (let element = 1; element < cst.elements.length; element++) {
    const code = optionalAt(cst, element, 0);
    if (code === undefined) continue;
    const list = optionalAt(cst, element, 1);
    const source = { value: code, segment: cst, elementId: 'C246/7361' };
    if (list === CUSTOMS_CODE_LISTS.procedure && item.procedureCode === undefined) {
      context.value(item, 'procedureCode', { ...source, path: `${path}.procedureCode` });
    } else if (list === CUSTOMS_CODE_LISTS.valuationMethod && item.valuationMethodCode === undefined) {
      context.value(item, 'valuationMethodCode', { ...source, path: `${path}.valuationMethodCode` });
    } else {
      const type = list === undefined ? undefined : (CLASSIFICATION_TYPES[list] ?? list);
      context.map.note(`${path}.classifications[${item.classifications.length}].id`, cst, 'C246/7361');
      item.classifications.push({ id: code, ...(type ? { identificationTypeCode: type } : {}) });
    }
  }
}

function readMeasures(group: SegmentGroup, { item, path }: ItemTarget, context: MappingContext): void {
  for (const mea of group.all('MEA')) {
    const dimension = optionalAt(mea, 1, 0) ?? '';
    const weight = (key: 'grossMassKg' | 'netMassKg') =>
      context.value(item, key, {
        value: kilograms(mea, context.decimal),
        path: `${path}.${key}`,
        segment: mea,
        elementId: 'C174/6314',
      });
    if (optionalAt(mea, 0) === MEASURES.tariffQuantity) {
      context.number(item, 'tariffQuantity', at(`${path}.tariffQuantity`, mea, [2, 1, 'C174/6314']));
      context.text(item, 'tariffQuantityUnit', at(`${path}.tariffQuantityUnit`, mea, [2, 0, 'C174/6411']));
    } else if (item.grossMassKg === undefined && GROSS_ALIASES.includes(dimension)) weight('grossMassKg');
    else if (item.netMassKg === undefined && NET_ALIASES.includes(dimension)) weight('netMassKg');
  }
}

function readAmounts(group: SegmentGroup, { item, path }: ItemTarget, context: MappingContext): void {
  const moa = (qualifier: string) => group.group('MOA', qualifier)?.trigger;
  const price = moa(AMOUNTS.itemPrice);
  context.number(item, 'itemPrice', at(`${path}.itemPrice`, price, [0, 1, 'C516/5004']));
  context.text(item, 'currencyCode', at(`${path}.currencyCode`, price, [0, 2, 'C516/6345']));
  context.number(item, 'customsValue', at(`${path}.customsValue`, moa(AMOUNTS.customsValue), [0, 1, 'C516/5004']));
  context.number(
    item,
    'statisticalValue',
    at(`${path}.statisticalValue`, moa(AMOUNTS.statisticalValue), [0, 1, 'C516/5004']),
  );
}

/** SG41 TAX: type (C241), preference (C243/5279), rate (C243/5278), base quantity (5286), amounts (MOA), payment (GIS). */
function readDuty(group: SegmentGroup, path: string, context: MappingContext): DutyTaxFee {
  const tax = group.trigger;
  const duty: DutyTaxFee = {};
  context.map.note(path, tax);
  const coded = optionalAt(tax, 1, 0) !== undefined;
  context.text(duty, 'typeCode', at(`${path}.typeCode`, tax, coded ? [1, 0, 'C241/5153'] : [1, 3, 'C241/5152']));
  context.text(duty, 'dutyRegimeCode', at(`${path}.dutyRegimeCode`, tax, [4, 0, 'C243/5279']));
  context.number(duty, 'rate', at(`${path}.rate`, tax, [4, 3, 'C243/5278']));
  context.number(duty, 'taxBaseQuantity', at(`${path}.taxBaseQuantity`, tax, [3, 0, '5286']));
  context.number(
    duty,
    'assessedAmount',
    at(`${path}.assessedAmount`, group.first('MOA', AMOUNTS.assessedAmount), [0, 1, 'C516/5004']),
  );
  context.number(
    duty,
    'taxBaseAmount',
    at(`${path}.taxBaseAmount`, group.first('MOA', AMOUNTS.taxBaseAmount), [0, 1, 'C516/5004']),
  );
  context.text(duty, 'paymentMethodCode', at(`${path}.paymentMethodCode`, group.first('GIS'), [0, 0, 'C529/7365']));
  return duty;
}

/** SG31 PAC (+PCI marks): number of packages, type (C202/7065, or C402/7077 as some guides use it), marks. */
function readPackage(
  group: SegmentGroup,
  path: string,
  context: MappingContext,
): NonNullable<GoodsItem['packages']>[number] {
  const pac = group.trigger;
  const pack: NonNullable<GoodsItem['packages']>[number] = {};
  context.map.note(path, pac);
  context.number(pack, 'quantity', at(`${path}.quantity`, pac, [0, 0, '7224']));
  const typed = optionalAt(pac, 2, 0) !== undefined;
  context.text(pack, 'typeCode', at(`${path}.typeCode`, pac, typed ? [2, 0, 'C202/7065'] : [3, 0, 'C402/7077']));
  const pci = group.groups('PCI')[0]?.trigger;
  if (pci) {
    const value = context.lines(pci.elements[1], 35);
    context.value(pack, 'marks', { value, path: `${path}.marks`, segment: pci, elementId: 'C210/7102' });
  }
  return pack;
}
