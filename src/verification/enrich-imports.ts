import type { Declaration } from '../core/model/declaration-schema.js';
import { inventName } from './party-names.js';
import { SeededRandom, hashString } from './seeded-random.js';
import { airWaybill, billOfLading, containerNumber, unitConsignmentReference } from './transport-references.js';

/** Korean data set transport modes (UN/ECE Rec. 19 × 10): 10 sea, 40 air, 50 post. */
export type Carriage = 'sea' | 'air' | 'other';

export function carriageOf(declaration: Declaration): Carriage {
  const mode = declaration.transport.border?.modeCode ?? declaration.transport.arrival?.modeCode ?? '';
  if (mode === '1' || mode === '10') return 'sea';
  if (mode === '4' || mode === '40' || mode === '5' || mode === '50') return 'air';
  return 'other';
}

const PACKAGE_UNITS: readonly [string, number][] = [
  ['BG', 25],
  ['CT', 12],
  ['PK', 500],
  ['PX', 800],
];

/**
 * Gives one of our imports what a real declaration carries and the sample lacks: importer and
 * seller names (invented from their ids), a UCR, the transport document (B/L or air waybill)
 * as previous document, containers for sea freight, packages and gross mass. Deterministic for
 * a declaration and seed.
 */
export function enrichImport(declaration: Declaration, seed: number): Declaration {
  const id = declaration.functionalReferenceId ?? declaration.mrn ?? '';
  const random = new SeededRandom(hashString(`${seed}:${id}`));
  const carriage = carriageOf(declaration);
  const parties = structuredClone(declaration.parties);
  if (parties.importer?.id) parties.importer.name = inventName(parties.importer.id);
  if (parties.seller?.id) parties.seller.name = inventName(`seller:${parties.seller.id}`);
  const country = declaration.consignment.exportCountryCode ?? 'ZZ';
  const ucr = unitConsignmentReference({
    year: declaration.issueDate ?? '2020',
    country,
    trader: (parties.seller?.id ?? 'UNKNOWN').slice(0, 7),
    serial: random.int(0, 99_999_999),
  });
  const transportDocument =
    carriage === 'air'
      ? { categoryCode: 'Z', typeCode: 'N740', id: airWaybill(random) }
      : { categoryCode: 'Z', typeCode: carriage === 'sea' ? 'N705' : 'N730', id: billOfLading(random) };
  const containers =
    carriage === 'sea'
      ? Array.from({ length: random.int(1, 2) }, (_, i) => ({ sequence: i + 1, id: containerNumber(random) }))
      : [];
  const goodsItems = declaration.goodsItems.map((item) => {
    const [typeCode, unitKg] = random.pick(PACKAGE_UNITS);
    const net = item.netMassKg ?? 0;
    return {
      ...item,
      grossMassKg: item.grossMassKg ?? Math.round(net * 1.04 * 1000) / 1000,
      packages: item.packages ?? [{ sequence: 1, typeCode, quantity: Math.max(1, Math.ceil(net / unitKg)) }],
    };
  });
  return {
    ...declaration,
    parties,
    consignment: {
      ...declaration.consignment,
      ucr,
      ...(containers.length > 0 ? { containers, containerIndicator: '1' } : {}),
    },
    previousDocuments: [...(declaration.previousDocuments ?? []), transportDocument],
    goodsItems,
  };
}
