import type { Declaration } from '../core/model/declaration-schema.js';
import type { TransitEvent, TransitMovement } from '../core/model/transit-movement.js';
import { SeededRandom } from './seeded-random.js';
import { containerNumber } from './transport-references.js';

export type TransitDistortion = 'overdue' | 'late' | 'seal' | 'mass' | 'packages' | 'destination';

export interface GeneratedTransit {
  movements: TransitMovement[];
  /** MRN → the distortion injected (clean movements are absent). */
  truth: Map<string, TransitDistortion>;
  /** The moment the movements should be checked at. */
  now: string;
}

const OFFICES = ['DE004852', 'PL301010', 'NL000396', 'FR620001', 'IT261100', 'AT100000'];
const DAY = 86_400_000;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

/**
 * Transit movements (T1, 8-day time limit) carrying the goods of our sample declarations, most of
 * them closed cleanly, some with one seeded distortion each: never arrived, arrived late, a seal
 * replaced, mass lost, packages missing, or arrival at another office. The check runs at `now`,
 * 30 days after the last release.
 */
export function generateTransitMovements(
  declarations: readonly Declaration[],
  options: { seed?: number; rate?: number } = {},
): GeneratedTransit {
  const random = new SeededRandom(options.seed ?? 5);
  const rate = options.rate ?? 0.02;
  const kinds: TransitDistortion[] = ['overdue', 'late', 'seal', 'mass', 'packages', 'destination'];
  const truth = new Map<string, TransitDistortion>();
  let lastRelease = '1970-01-01';
  const movements = declarations.map((declaration, index): TransitMovement => {
    const item = declaration.goodsItems[0]!;
    const release = declaration.issueDate ?? '2021-01-01';
    if (release > lastRelease) lastRelease = release;
    const mrn = `${release.slice(2, 4)}DE${String(index).padStart(12, '0')}T1`;
    const [departure, destination] = [random.pick(OFFICES), random.pick(OFFICES)];
    // At least 100 kg, so that an injected loss is beyond the 5 kg weighing tolerance.
    const gross = Math.max(100, Math.round((item.netMassKg ?? 100) * 1.05 * 1000) / 1000);
    const packages = Math.max(1, Math.ceil(gross / 25));
    const seals = [`DE${random.int(100_000, 999_999)}`];
    const containerId = containerNumber(random);
    const distortion = kinds.find((_, k) => random.next() < rate * (k + 1) && random.chance(1 / (k + 1)));
    if (distortion) truth.set(mrn, distortion);
    const events: TransitEvent[] = [
      { type: 'released-for-transit', messageType: 'CC029C', at: release, office: departure },
    ];
    if (distortion !== 'overdue') {
      const arrival = addDays(release, distortion === 'late' ? random.int(9, 20) : random.int(1, 7));
      const office = distortion === 'destination' ? OFFICES.find((o) => o !== destination)! : destination;
      events.push(
        { type: 'arrival-notified', messageType: 'CC007C', at: `${arrival}T10:00:00`, office },
        {
          type: 'unloading-remarks',
          messageType: 'CC044C',
          at: arrival,
          office,
          unloading: {
            conform: distortion === undefined || distortion === 'late' || distortion === 'destination',
            sealsIntact: true,
            equipment: [
              {
                sequence: 1,
                containerId,
                seals: distortion === 'seal' ? [`DE${random.int(100_000, 999_999)}`] : seals,
                goodsItemNumbers: [1],
              },
            ],
            grossMassKg: distortion === 'mass' ? Math.round(gross * random.uniform(0.6, 0.9) * 1000) / 1000 : gross,
            items: [
              {
                declarationGoodsItemNumber: 1,
                packages:
                  distortion === 'packages'
                    ? Math.max(0, packages - random.int(1, Math.max(1, Math.ceil(packages / 3))))
                    : packages,
              },
            ],
          },
        },
        { type: 'goods-released', messageType: 'CC025C', at: arrival, office, releaseIndicator: '1' },
      );
    }
    return {
      mrn,
      declarationType: 'T1',
      releaseDate: release,
      limitDate: addDays(release, 8),
      officeOfDeparture: departure,
      officeOfDestinationDeclared: destination,
      officesOfTransit: [],
      holder: { id: declaration.parties.declarant?.id ?? 'HOLDER' },
      consignment: {
        grossMassKg: gross,
        containerised: true,
        equipment: [{ sequence: 1, containerId, numberOfSeals: 1, seals, goodsItemNumbers: [1] }],
        houseConsignments: [
          {
            sequence: 1,
            grossMassKg: gross,
            items: [
              {
                goodsItemNumber: 1,
                declarationGoodsItemNumber: 1,
                hsCode: item.classifications[0]?.id ?? '',
                grossMassKg: gross,
                packages: [{ sequence: 1, typeCode: 'BG', quantity: packages }],
              },
            ],
          },
        ],
      },
      events,
    };
  });
  return { movements, truth, now: addDays(lastRelease, 30) };
}
