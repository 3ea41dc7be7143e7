import type { EnsGoodsItem, EntrySummary } from '../../core/model/entry-summary.js';
import type { XmlElement } from '../wco-xml/xml-element.js';
import { IcsContext } from './ics-context.js';

const UN_NUMBER = { test: /^\d{4}$/, expected: 'a UN dangerous goods number (4 digits)' };
const CN_CODE = { test: /^\d{4,8}$/, expected: 'a combined nomenclature code (4 to 8 digits)' };
const MRN = {
  test: /^\d{2}[A-Z]{2}[A-Z0-9]{13}\d$/,
  expected: 'an MRN (18 characters: year, country, 13 letters or digits, check digit)',
};

/** A `CC315A` / `CC313A` element tree → entry summary, with faults (unreadable values) and warnings. */
export function readEntrySummary(root: XmlElement): { summary: EntrySummary; ctx: IcsContext } {
  const ctx = new IcsContext();
  root.used = true;
  const amendment = root.name === 'CC313A';
  const header = ctx.child(root, 'HEAHEA');
  if (header === undefined) ctx.fault(root, 'missing-element', 'HEAHEA (header) is missing');
  const items = ctx.all(root, 'GOOITEGDS');
  if (items.length === 0)
    ctx.fault(root, 'missing-element', 'GOOITEGDS (goods item) is missing: an entry summary declares at least one');
  expectMandatory(ctx, root, amendment);
  const firstEntry = ctx.child(root, 'CUSOFFFENT730');
  const firstEntryReference = ctx.text(firstEntry, 'RefNumCUSOFFFENT731');
  const summary: EntrySummary = compact({
    messageType: amendment ? ('CC313A' as const) : ('CC315A' as const),
    kind: amendment ? ('amendment' as const) : ('declaration' as const),
    header: compact({
      sender: ctx.text(root, 'MesSenMES3') ?? '',
      recipient: ctx.text(root, 'MesRecMES6'),
      preparedAt: ctx.preparedAt(root),
      messageId: ctx.text(root, 'MesIdeMES19'),
      correlationId: ctx.text(root, 'CorIdeMES25'),
    }),
    lrn: ctx.text(header, 'RefNumHEA4'),
    mrn: ctx.code(header, 'DocNumHEA5', MRN),
    transport: compact({
      modeAtBorder: ctx.digits(header, 'TraModAtBorHEA76', 2),
      identityCrossingBorder: ctx.text(header, 'IdeOfMeaOfTraCroHEA85'),
      nationalityCrossingBorder: ctx.text(header, 'NatOfMeaOfTraCroHEA87'),
      conveyanceReference: ctx.text(header, 'ConRefNumHEA'),
    }),
    totals: compact({
      items: ctx.count(header, 'TotNumOfIteHEA305', 5),
      packages: ctx.count(header, 'TotNumOfPacHEA306', 7),
      grossMassKg: ctx.massKg(header, 'TotGroMasHEA307'),
    }),
    declarationPlace: ctx.text(header, 'DecPlaHEA394'),
    specificCircumstance: ctx.text(header, 'SpeCirIndHEA1'),
    transportChargesPayment: ctx.text(header, 'TraChaMetOfPayHEA1'),
    commercialReference: ctx.text(header, 'ComRefNumHEA'),
    placeOfLoading: ctx.text(header, 'PlaLoaGOOITE334'),
    placeOfUnloading: ctx.text(header, 'PlaUnlGOOITE334'),
    declaredAt: ctx.dateTime(header, amendment ? 'DatTimAmeHEA113' : 'DecDatTimHEA114'),
    consignor: ctx.party(ctx.child(root, 'TRACONCO1')),
    consignee: ctx.party(ctx.child(root, 'TRACONCE1')),
    notifyParty: ctx.party(ctx.child(root, 'NOTPAR670')),
    representative: ctx.party(ctx.child(root, 'TRAREP')),
    lodgingPerson: ctx.party(ctx.child(root, 'PERLODSUMDEC')) ?? {},
    carrier: ctx.party(ctx.child(root, 'TRACARENT601')),
    routingCountries: texts(ctx, ctx.all(root, 'ITI'), 'CouOfRouCodITI1'),
    seals: texts(ctx, ctx.all(root, 'SEAID529'), 'SeaIdSEAID530'),
    officeOfLodgement: ctx.text(ctx.child(root, 'CUSOFFLON'), 'RefNumCOL1'),
    officeOfFirstEntry:
      firstEntryReference === undefined
        ? undefined
        : compact({
            reference: firstEntryReference,
            expectedArrival: ctx.dateTime(firstEntry, 'ExpDatOfArrFIRENT733'),
          }),
    subsequentEntryOffices: texts(ctx, ctx.all(root, 'CUSOFFSENT740'), 'RefNumSUBENR909'),
    goodsItems: items.map((item) => readGoodsItem(ctx, item)),
  });
  checkConsistency(ctx, root, summary);
  return { summary, ctx };
}

function readGoodsItem(ctx: IcsContext, item: XmlElement): EnsGoodsItem {
  return compact({
    itemNumber: ctx.count(item, 'IteNumGDS7', 5) ?? 0,
    description: ctx.text(item, 'GooDesGDS23'),
    grossMassKg: ctx.massKg(item, 'GroMasGDS46'),
    commodityCode: ctx.code(ctx.child(item, 'COMCODGODITM'), 'ComNomCMD1', CN_CODE),
    unDangerousGoodsCode: ctx.code(item, 'UNDanGooCodGDI1', UN_NUMBER),
    transportChargesPayment: ctx.text(item, 'MetOfPayGDI12'),
    commercialReference: ctx.text(item, 'ComRefNumGIM1'),
    placeOfLoading: ctx.text(item, 'PlaLoaGOOITE333'),
    placeOfUnloading: ctx.text(item, 'PlaUnlGOOITE333'),
    documents: ctx.all(item, 'PRODOCDC2').map((document) => ({
      type: ctx.text(document, 'DocTypDC21') ?? '',
      reference: ctx.text(document, 'DocRefDC23') ?? '',
    })),
    specialMentions: texts(ctx, ctx.all(item, 'SPEMENMT2'), 'AddInfCodMT23'),
    consignor: ctx.party(ctx.child(item, 'TRACONCO2')),
    consignee: ctx.party(ctx.child(item, 'TRACONCE2')),
    notifyParty: ctx.party(ctx.child(item, 'PRTNOT640')),
    containers: texts(ctx, ctx.all(item, 'CONNR2'), 'ConNumNR21'),
    transportMeans: ctx.all(item, 'IDEMEATRAGI970').map((means) =>
      compact({
        identity: ctx.text(means, 'IdeMeaTraGIMEATRA971'),
        nationality: ctx.text(means, 'NatIDEMEATRAGI973'),
      }),
    ),
    packages: ctx.all(item, 'PACGS2').map((pack) =>
      compact({
        kind: ctx.text(pack, 'KinOfPacGS23'),
        count: ctx.count(pack, 'NumOfPacGS24', 5),
        pieces: ctx.count(pack, 'NumOfPieGS25', 5),
        marks: ctx.text(pack, 'MarNumOfPacGSL21'),
      }),
    ),
  });
}

/** Items the CC315A schema requires: their absence is told, the rest of the message is still read. */
function expectMandatory(ctx: IcsContext, root: XmlElement, amendment: boolean): void {
  const header = root.children.find((child) => child.name === 'HEAHEA');
  ctx.expect(root, 'MesSenMES3', 'message sender');
  ctx.expect(root, 'MesIdeMES19', 'message identification');
  ctx.expect(root, 'PERLODSUMDEC', 'person lodging the summary declaration');
  ctx.expect(root, 'CUSOFFFENT730', 'office of first entry');
  ctx.expect(
    header,
    amendment ? 'DocNumHEA5' : 'RefNumHEA4',
    amendment ? 'MRN of the declaration amended' : 'local reference number',
  );
  if (!amendment) {
    ctx.expect(header, 'TotNumOfIteHEA305', 'total number of items');
    ctx.expect(header, 'DecPlaHEA394', 'declaration place');
    ctx.expect(header, 'DecDatTimHEA114', 'declaration date and time');
  }
}

/** Totals and item numbers that contradict the items declared. */
function checkConsistency(ctx: IcsContext, root: XmlElement, summary: EntrySummary): void {
  const declaredType = ctx.child(root, 'MesTypMES20');
  if (declaredType !== undefined && declaredType.text !== root.name)
    ctx.warn(declaredType, `message type ${declaredType.text} does not match the root element <${root.name}>`);
  const { items } = summary.totals;
  if (items !== undefined && items !== summary.goodsItems.length) {
    ctx.warn(
      ctx.child(ctx.child(root, 'HEAHEA'), 'TotNumOfIteHEA305')!,
      `total number of items is ${items}, but ${summary.goodsItems.length} goods items are declared`,
    );
  }
  const seen = new Set<number>();
  ctx.all(root, 'GOOITEGDS').forEach((element, index) => {
    const number = summary.goodsItems[index]!.itemNumber;
    if (seen.has(number)) ctx.warn(element, `item number ${number} is used by more than one goods item`);
    seen.add(number);
  });
}

function texts(ctx: IcsContext, elements: XmlElement[], name: string): string[] {
  return elements.flatMap((element) => ctx.text(element, name) ?? []);
}

function compact<T extends object>(value: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value as { [K in keyof T]: Exclude<T[K], undefined> };
}
