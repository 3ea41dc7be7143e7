import type {
  CargoDate,
  CargoLocation,
  CargoMeasure,
  CargoReference,
  CargoTotal,
  CargoTransport,
  TransportDocumentKind,
} from '../../../../core/model/cargo-report.js';
import { optionalAt, type EdifactSegment } from '../../syntax/edifact-segment.js';
import { dateOf, numberAt } from '../edifact-values.js';
import type { SegmentGroup } from '../segment-group.js';

/** Sets only the values that are present, so that the model never carries `undefined` keys. */
export function compact<T extends object>(target: T, values: Partial<T>): T {
  for (const [key, value] of Object.entries(values)) if (value !== undefined) Object.assign(target, { [key]: value });
  return target;
}

export const referenceOf = (rff: EdifactSegment): CargoReference =>
  compact<CargoReference>({ qualifier: optionalAt(rff, 0, 0) ?? '' }, { value: optionalAt(rff, 0, 1) });

export const locationOf = (loc: EdifactSegment): CargoLocation =>
  compact<CargoLocation>(
    { qualifier: optionalAt(loc, 0) ?? '' },
    { id: optionalAt(loc, 1, 0), idList: optionalAt(loc, 1, 1), name: optionalAt(loc, 1, 3) },
  );

export const dateEntry = (dtm: EdifactSegment): CargoDate | undefined => {
  const value = dateOf(dtm);
  return value === undefined ? undefined : { qualifier: optionalAt(dtm, 0, 0) ?? '', value };
};

export const totalOf = (cnt: EdifactSegment, decimal: string): CargoTotal =>
  compact<CargoTotal>(
    { qualifier: optionalAt(cnt, 0, 0) ?? '' },
    { value: numberAt(cnt, [0, 1], decimal), unit: optionalAt(cnt, 0, 2) },
  );

export const measureOf = (mea: EdifactSegment, decimal: string): CargoMeasure =>
  compact<CargoMeasure>(
    { purpose: optionalAt(mea, 0) ?? '' },
    { dimension: optionalAt(mea, 1, 0), unit: optionalAt(mea, 2, 0), value: numberAt(mea, [2, 1], decimal) },
  );

const KILOGRAMS: Record<string, number> = { KGM: 1, TNE: 1000, TON: 1000, GRM: 0.001 };
const GROSS = new Set(['G', 'AAB', 'AAD', 'AAE', 'AAG']);
const NET = new Set(['AAA', 'AAC', 'AAF', 'AAL', 'N']);
const VOLUME = new Set(['AAW', 'ABJ', 'AAX']);

/** Gross and net mass in kilograms and volume in cubic metres from MEA segments (first of each kind). */
export function masses(measures: CargoMeasure[]): { grossMassKg?: number; netMassKg?: number; volumeM3?: number } {
  const out: { grossMassKg?: number; netMassKg?: number; volumeM3?: number } = {};
  for (const m of measures) {
    if (m.value === undefined || m.dimension === undefined) continue;
    const factor = KILOGRAMS[m.unit ?? 'KGM'];
    if (GROSS.has(m.dimension) && factor !== undefined) out.grossMassKg ??= round(m.value * factor);
    else if (NET.has(m.dimension) && factor !== undefined) out.netMassKg ??= round(m.value * factor);
    else if (VOLUME.has(m.dimension) && (m.unit ?? 'MTQ') === 'MTQ') out.volumeM3 ??= m.value;
  }
  return out;
}

const round = (value: number) => Math.round(value * 1000) / 1000;

const DOCUMENT_KINDS: Record<string, TransportDocumentKind> = {
  BM: 'bill-of-lading',
  MB: 'master-bill-of-lading',
  BH: 'house-bill-of-lading',
  ABH: 'sub-house-bill-of-lading',
  AFA: 'bill-of-lading',
  AWB: 'air-waybill',
  MWB: 'master-air-waybill',
  HWB: 'house-air-waybill',
  CMR: 'road-consignment-note',
  RCN: 'rail-consignment-note',
  WY: 'rail-consignment-note',
  AAM: 'waybill',
};

export const documentKind = (qualifier: string): TransportDocumentKind => DOCUMENT_KINDS[qualifier] ?? 'other';

const ARRIVAL = ['178', '132', '232'];
const DEPARTURE = ['186', '136', '133', '189'];

/** A TDT group: means of transport, carrier, voyage, and its LOC and DTM. */
export function transportOf(group: SegmentGroup): CargoTransport {
  const tdt = group.trigger;
  const locations = group.all('LOC').map(locationOf);
  const dates = group.all('DTM').flatMap((dtm) => dateEntry(dtm) ?? []);
  const carrierValues = {
    id: optionalAt(tdt, 4, 0),
    idList: optionalAt(tdt, 4, 1),
    idAgency: optionalAt(tdt, 4, 2),
    name: optionalAt(tdt, 4, 3),
  };
  const place = (qualifier: string) => locations.find((l) => l.qualifier === qualifier)?.id;
  const firstDate = (qualifiers: string[]) =>
    qualifiers.map((q) => dates.find((d) => d.qualifier === q)?.value).find((v) => v !== undefined);
  return compact<CargoTransport>(
    { locations, dates },
    {
      stageCode: optionalAt(tdt, 0),
      conveyanceReference: optionalAt(tdt, 1),
      modeCode: optionalAt(tdt, 2, 0),
      meansTypeCode: optionalAt(tdt, 3, 0),
      meansId: optionalAt(tdt, 7, 0),
      meansIdList: optionalAt(tdt, 7, 1),
      meansName: optionalAt(tdt, 7, 3),
      nationalityCode: optionalAt(tdt, 7, 4),
      carrier: Object.values(carrierValues).some((v) => v !== undefined) ? compact({}, carrierValues) : undefined,
      arrivalDate: firstDate(ARRIVAL),
      departureDate: firstDate(DEPARTURE),
      portOfLoading: place('9'),
      portOfDischarge: place('11') ?? place('12'),
      placeOfArrival: place('60'),
    },
  );
}
