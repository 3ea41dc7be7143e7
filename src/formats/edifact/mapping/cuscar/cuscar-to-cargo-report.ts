import type {
  CargoConsignment,
  CargoEquipment,
  CargoGoodsItem,
  CargoReport,
} from '../../../../core/model/cargo-report.js';
import type { EdifactMessage } from '../../syntax/edifact-message.js';
import { componentsFrom, optionalAt } from '../../syntax/edifact-segment.js';
import { parseEdifactNumber } from '../../validation/value-format.js';
import type { GroupInstance } from '../../validation/structure-validator.js';
import { dateOf, escapedCharacters, joinLines, numberAt } from '../edifact-values.js';
import { readNad } from '../nad-party.js';
import { SegmentGroup } from '../segment-group.js';
import {
  compact,
  documentKind,
  locationOf,
  masses,
  measureOf,
  referenceOf,
  totalOf,
  transportOf,
} from './cuscar-parts.js';

/**
 * Maps a validated CUSCAR (D.95B to D.03B: group numbers differ between releases, so groups are found
 * by their trigger segment) to the cargo report model. One consignment per transport document (the
 * RFF group inside each CNI consolidation item), with its goods items (GID groups).
 */
export function cuscarToCargoReport(message: EdifactMessage, tree: GroupInstance): CargoReport {
  const { separators } = message.interchange;
  const decimal = separators.decimal;
  const escaped = escapedCharacters(separators);
  const root = new SegmentGroup(tree);
  const bgm = root.first('BGM');
  const issued = root.first('DTM', '137');
  const headerRff = [...root.all('RFF'), ...root.groups('RFF').map((g) => g.trigger)];
  const headerNad = [...root.all('NAD'), ...root.groups('NAD').map((g) => g.trigger)];
  return compact<CargoReport>(
    {
      messageReference: message.header.reference,
      references: headerRff.map(referenceOf),
      parties: headerNad.map((nad) => readNad(nad, escaped)),
      transport: root.groups('TDT').map(transportOf),
      equipment: root.groups('EQD').map((group) => equipmentOf(group, decimal)),
      consignments: root.groups('CNI').flatMap((cni) => consignmentsOf(cni, { decimal, escaped })),
      totals: root.all('CNT').map((cnt) => totalOf(cnt, decimal)),
    },
    {
      documentNumber: bgm && optionalAt(bgm, 1, 0),
      documentTypeCode: bgm && optionalAt(bgm, 0, 0),
      functionCode: bgm && optionalAt(bgm, 2),
      issueDate: issued && dateOf(issued),
    },
  );
}

function equipmentOf(group: SegmentGroup, decimal: string): CargoEquipment {
  const eqd = group.trigger;
  const measures = group.all('MEA').map((mea) => measureOf(mea, decimal));
  return compact<CargoEquipment>(
    {
      qualifier: optionalAt(eqd, 0) ?? '',
      seals: group.all('SEL').flatMap((sel) => optionalAt(sel, 0) ?? []),
      measures,
    },
    {
      id: optionalAt(eqd, 1, 0),
      sizeTypeCode: optionalAt(eqd, 2, 0),
      supplierCode: optionalAt(eqd, 3),
      statusCode: optionalAt(eqd, 4),
      fullEmptyCode: optionalAt(eqd, 5),
      grossMassKg: masses(measures).grossMassKg,
    },
  );
}

interface Marks {
  decimal: string;
  escaped: string;
}

function consignmentsOf(cni: SegmentGroup, marks: Marks): CargoConsignment[] {
  const { decimal } = marks;
  const trigger = cni.trigger;
  const itemNumber = parseEdifactNumber(optionalAt(trigger, 0), decimal);
  return cni.groups('RFF').map((document) => {
    const rff = document.trigger;
    const locations = document.all('LOC').map(locationOf);
    const place = (...qualifiers: string[]) =>
      qualifiers.map((q) => locations.find((l) => l.qualifier === q)?.id).find((v) => v !== undefined);
    const goodsItems = document.groups('GID').map((gid) => goodsItemOf(gid, marks));
    const masses = goodsItems.map((item) => item.grossMassKg);
    return compact<CargoConsignment>(
      {
        transportDocument: compact<CargoConsignment['transportDocument']>(
          { qualifier: optionalAt(rff, 0, 0) ?? '', kind: documentKind(optionalAt(rff, 0, 0) ?? '') },
          { number: optionalAt(rff, 0, 1) },
        ),
        references: document.groups('NAD').flatMap((nad) => nad.all('RFF').map(referenceOf)),
        locations,
        parties: document.groups('NAD').map((nad) => readNad(nad.trigger, marks.escaped)),
        transport: document.groups('TDT').map(transportOf),
        goodsItems,
        containerIds: [...new Set(goodsItems.flatMap((item) => item.containerIds))],
        totals: [...cni.all('CNT'), ...document.all('CNT')].map((cnt) => totalOf(cnt, decimal)),
      },
      {
        consolidationItemNumber: itemNumber,
        consolidationDocumentNumber: optionalAt(trigger, 1, 0),
        placeOfLoading: place('9'),
        placeOfDischarge: place('11', '12'),
        placeOfDelivery: place('7', '83'),
        placeOfDestination: place('8', '20'),
        dispatchCountryCode: place('113', '35'),
        grossMassKg:
          masses.length > 0 && masses.every((m) => m !== undefined)
            ? Math.round(masses.reduce((sum, m) => sum + m, 0) * 1000) / 1000
            : undefined,
      },
    );
  });
}

function goodsItemOf(group: SegmentGroup, { decimal, escaped }: Marks): CargoGoodsItem {
  const gid = group.trigger;
  const measures = group.all('MEA').map((mea) => measureOf(mea, decimal));
  const texts = group
    .all('FTX')
    .map((ftx) => ({ qualifier: optionalAt(ftx, 0) ?? '', text: joinLines(ftx.elements[3] ?? [], 70, escaped) ?? '' }));
  const description = texts
    .filter((t) => t.qualifier === 'AAA')
    .map((t) => t.text)
    .join(' ');
  const packages = gid.elements.slice(1).flatMap((_, i) => {
    const count = numberAt(gid, [i + 1, 0], decimal);
    const values = { count, typeCode: optionalAt(gid, i + 1, 1), typeDescription: optionalAt(gid, i + 1, 4) };
    return Object.values(values).some((v) => v !== undefined) ? [compact({}, values)] : [];
  });
  const hsCodes = [
    ...group.all('CST').flatMap((cst) => cst.elements.slice(1).flatMap((c) => (c[0] ? [c[0]] : []))),
    ...group.all('PIA').flatMap((pia) => pia.elements.slice(1).flatMap((c) => (c[0] && c[1] === 'HS' ? [c[0]] : []))),
  ];
  return compact<CargoGoodsItem>(
    {
      packages,
      texts: texts.filter((t) => t.qualifier !== 'AAA'),
      measures,
      containerIds: group.all('SGP').flatMap((sgp) => optionalAt(sgp, 0, 0) ?? []),
      hsCodes,
      marks: group.all('PCI').flatMap((pci) => componentsFrom(pci, 1)),
      dangerousGoods: group
        .all('DGS')
        .map((dgs) => compact({}, { unNumber: optionalAt(dgs, 2, 0), hazardClass: optionalAt(dgs, 1, 0) })),
    },
    {
      sequence: parseEdifactNumber(optionalAt(gid, 0), decimal),
      description: description === '' ? undefined : description,
      ...masses(measures),
    },
  );
}
