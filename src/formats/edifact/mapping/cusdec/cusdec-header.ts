import type { Consignment, Declaration } from '../../../../core/model/declaration-schema.js';
import { optionalAt, type EdifactSegment } from '../../syntax/edifact-segment.js';
import { dateOf, numberAt } from '../edifact-values.js';
import type { MappingContext } from '../mapping-context.js';
import type { SegmentGroup } from '../segment-group.js';
import {
  AMOUNTS,
  CONTROL_TOTALS,
  DATES,
  DESCRIPTION_TEXT,
  HEADER_PLACES,
  MEASURES,
  REFERENCES,
  SPECIAL_CIRCUMSTANCES_LIST,
} from './cusdec-codes.js';
import { kilograms } from './cusdec-measures.js';

export type DeclarationHeader = Omit<Declaration, 'goodsItems' | 'parties' | 'transport'>;
type Statements = NonNullable<Declaration['additionalInformation']>;

/** BGM, header DTM, LOC, MEA, GIS, FTX, references (SG1), trade terms (SG7), amounts (SG8) and CNT. */
export function readHeader(root: SegmentGroup, context: MappingContext): DeclarationHeader {
  const bgm = root.first('BGM');
  const header: DeclarationHeader = { functionCode: (bgm && optionalAt(bgm, 2)) ?? '9', consignment: {} };
  if (bgm) {
    context.map.note('functionCode', bgm, '1225');
    const named = optionalAt(bgm, 0, 3) !== undefined;
    const typeAt = { path: 'typeCode', segment: bgm, element: 0 };
    context.text(
      header,
      'typeCode',
      named ? { ...typeAt, component: 3, elementId: 'C002/1000' } : { ...typeAt, elementId: 'C002/1001' },
    );
    context.text(header, 'functionalReferenceId', {
      path: 'functionalReferenceId',
      segment: bgm,
      element: 1,
      elementId: 'C106/1004',
    });
  }
  for (const [key, qualifier] of [
    ['issueDate', DATES.issueDate],
    ['acceptanceDate', DATES.acceptanceDate],
  ] as const) {
    const dtm = root.first('DTM', qualifier);
    if (dtm) context.value(header, key, { value: dateOf(dtm), path: key, segment: dtm, elementId: 'C507/2380' });
  }
  readPlaces(root, header, context);
  const mea = root.all('MEA').find((m) => optionalAt(m, 0) === 'WT' && optionalAt(m, 1, 0) === MEASURES.totalGross);
  if (mea) {
    const value = kilograms(mea, context.decimal);
    context.value(header, 'totalGrossMassKg', {
      value,
      path: 'totalGrossMassKg',
      segment: mea,
      elementId: 'C174/6314',
    });
  }
  const gis = root.all('GIS').find((g) => optionalAt(g, 0, 1) === SPECIAL_CIRCUMSTANCES_LIST);
  const circumstances = { path: 'specificCircumstancesCode', segment: gis, element: 0, elementId: 'C529/7365' };
  context.text(header, 'specificCircumstancesCode', circumstances);
  const statements = readStatements(
    root.all('FTX'),
    { base: 'additionalInformation', skipDescription: false },
    context,
  );
  if (statements.length > 0) header.additionalInformation = statements;
  readReferences(root, header, context);
  readAmounts(root, header, context);
  readTotals(root, header, context);
  return header;
}

function readPlaces(root: SegmentGroup, header: DeclarationHeader, context: MappingContext): void {
  const consignment = header.consignment;
  const place = (qualifier: string) => root.first('LOC', qualifier);
  const at = (path: string, loc: EdifactSegment | undefined) => ({
    path,
    segment: loc,
    element: 1,
    elementId: 'C517/3225',
  });
  const ids: [keyof Consignment, string, EdifactSegment | undefined][] = [
    ['exportCountryCode', 'consignment.exportCountryCode', place(HEADER_PLACES.exportCountryCode)],
    [
      'destinationCountryCode',
      'consignment.destinationCountryCode',
      place(HEADER_PLACES.destinationCountryCode) ?? place('28'),
    ],
    ['loadingLocation', 'consignment.loadingLocation', place(HEADER_PLACES.loadingLocation)],
    ['warehouseId', 'consignment.warehouseId', place(HEADER_PLACES.warehouseId)],
  ];
  for (const [key, path, loc] of ids) context.text(consignment, key, at(path, loc));
  // The transit CUSDEC guides give the office of departure (118), where the declaration is lodged.
  const office = place(HEADER_PLACES.declarationOfficeId) ?? place('118');
  context.text(header, 'declarationOfficeId', at('declarationOfficeId', office));
  context.text(header, 'exitOfficeId', at('exitOfficeId', place('42')));
  const routing = root.qualified('LOC', '49').flatMap((loc) => optionalAt(loc, 1) ?? []);
  if (routing.length > 0) consignment.routingCountryCodes = routing;
  readGoodsLocation(place(HEADER_PLACES.goodsLocation), consignment, context);
  const terms = root.groups('TOD')[0];
  if (terms) {
    const tod = terms.trigger;
    context.text(consignment, 'incotermCode', {
      path: 'consignment.incotermCode',
      segment: tod,
      element: 2,
      elementId: 'C100/4053',
    });
    const loc = terms.first('LOC', HEADER_PLACES.incotermPlace);
    context.text(consignment, 'incotermLocationId', at('consignment.incotermLocationId', loc));
    const name = { path: 'consignment.incotermPlace', segment: loc, element: 1, component: 3, elementId: 'C517/3224' };
    context.text(consignment, 'incotermPlace', name);
  }
}

function readGoodsLocation(loc: EdifactSegment | undefined, consignment: Consignment, context: MappingContext): void {
  if (!loc) return;
  const location: NonNullable<Consignment['goodsLocation']> = {};
  const base = 'consignment.goodsLocation';
  const at = (key: string, [element, component]: [number, number], elementId: string) => ({
    path: `${base}.${key}`,
    segment: loc,
    element,
    component,
    elementId,
  });
  context.text(location, 'id', at('id', [1, 0], 'C517/3225'));
  context.text(location, 'typeCode', at('typeCode', [1, 1], 'C517/1131'));
  context.text(location, 'name', at('name', [1, 3], 'C517/3224'));
  context.text(location, 'countryCode', at('countryCode', [2, 0], 'C519/3223'));
  if (Object.keys(location).length > 0) consignment.goodsLocation = location;
}

/** FTX as additional information: 4451 the statement type, C107 its code, C108 its text. */
export function readStatements(
  ftxs: readonly EdifactSegment[],
  where: { base: string; skipDescription: boolean },
  context: MappingContext,
): Statements {
  const statements: Statements = [];
  for (const ftx of ftxs) {
    if (where.skipDescription && optionalAt(ftx, 0) === DESCRIPTION_TEXT) continue;
    const path = `${where.base}[${statements.length}]`;
    const statement: Statements[number] = {};
    context.map.note(path, ftx);
    context.text(statement, 'statementTypeCode', {
      path: `${path}.statementTypeCode`,
      segment: ftx,
      element: 0,
      elementId: '4451',
    });
    context.text(statement, 'statementCode', {
      path: `${path}.statementCode`,
      segment: ftx,
      element: 2,
      elementId: 'C107/4441',
    });
    const text = context.lines(ftx.elements[3], 70);
    context.value(statement, 'statementDescription', {
      value: text,
      path: `${path}.statementDescription`,
      segment: ftx,
      elementId: 'C108/4440',
    });
    statements.push(statement);
  }
  return statements;
}

function readReferences(root: SegmentGroup, header: DeclarationHeader, context: MappingContext): void {
  const reference = (qualifier: string) => root.group('RFF', qualifier)?.trigger;
  const at = (path: string, qualifier: string) => ({
    path,
    segment: reference(qualifier),
    element: 0,
    component: 1,
    elementId: 'C506/1154',
  });
  context.text(header, 'mrn', at('mrn', REFERENCES.mrn));
  context.text(header.consignment, 'ucr', at('consignment.ucr', REFERENCES.ucr));
  context.text(header.consignment, 'invoiceId', at('consignment.invoiceId', REFERENCES.invoiceId));
}

function readAmounts(root: SegmentGroup, header: DeclarationHeader, context: MappingContext): void {
  const amount = (qualifier: string) => root.group('MOA', qualifier);
  const invoice = amount(AMOUNTS.invoiceAmount);
  if (invoice) {
    const moa = invoice.trigger;
    context.number(header, 'invoiceAmount', {
      path: 'invoiceAmount',
      segment: moa,
      element: 0,
      component: 1,
      elementId: 'C516/5004',
    });
    context.text(header, 'currencyCode', {
      path: 'currencyCode',
      segment: moa,
      element: 0,
      component: 2,
      elementId: 'C516/6345',
    });
    const cux = invoice.groups('CUX')[0]?.trigger;
    context.number(header, 'exchangeRate', { path: 'exchangeRate', segment: cux, element: 2, elementId: '5402' });
    if (header.currencyCode === undefined) {
      context.text(header, 'currencyCode', {
        path: 'currencyCode',
        segment: cux,
        element: 0,
        component: 1,
        elementId: 'C504/6345',
      });
    }
  }
  const freight = { path: 'consignment.freightAmount', segment: amount(AMOUNTS.freightAmount)?.trigger };
  context.number(header.consignment, 'freightAmount', { ...freight, element: 0, component: 1, elementId: 'C516/5004' });
}

function readTotals(root: SegmentGroup, header: DeclarationHeader, context: MappingContext): void {
  const at = (path: string, qualifier: string) => ({
    path,
    segment: root.first('CNT', qualifier),
    element: 0,
    component: 1,
    elementId: 'C270/6066',
  });
  context.number(header, 'goodsItemQuantity', at('goodsItemQuantity', CONTROL_TOTALS.goodsItemQuantity));
  context.number(header, 'totalPackageQuantity', at('totalPackageQuantity', CONTROL_TOTALS.totalPackageQuantity));
  const gross = root.first('CNT', CONTROL_TOTALS.totalGrossMass);
  if (header.totalGrossMassKg === undefined && gross && (optionalAt(gross, 0, 2) ?? 'KGM') === 'KGM') {
    const value = numberAt(gross, [0, 1], context.decimal);
    context.value(header, 'totalGrossMassKg', {
      value,
      path: 'totalGrossMassKg',
      segment: gross,
      elementId: 'C270/6066',
    });
  }
}
