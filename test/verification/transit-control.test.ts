import { describe, expect, it } from 'vitest';
import type { TransitMovement } from '../../src/core/model/transit-movement.js';
import { checkTransitMovements } from '../../src/core/verification/transit/check-transit-movements.js';
import { NCTS_SOURCES, declaredMovement, fixtureText, releasedMovement } from './ncts-movements.js';

const codes = (movement: TransitMovement, now: string) =>
  checkTransitMovements([movement], { now })
    .findings.map((f) => f.code)
    .sort();

describe('transit movements built from the NCTS phase 5 samples', () => {
  it('uses only values that occur in the fixture each one is taken from', () => {
    for (const [file, values] of Object.entries(NCTS_SOURCES)) {
      const text = fixtureText(file);
      for (const value of values) expect(text, `${value} in ${file}`).toContain(value);
    }
  });

  it('flags the released movement: late arrival, another destination office, non-conform unloading', () => {
    const report = checkTransitMovements([releasedMovement()], { now: '2024-01-01' });
    expect(report.movements[0]).toMatchObject({
      reference: '27WF9X1FQ9RCKN0TM3',
      status: 'released',
      limitDate: '2008-11-23',
    });
    expect(report.findings.map((f) => f.code).sort()).toEqual([
      'transit-arrived-late',
      'transit-destination-changed',
      'transit-unloading-not-conform',
    ]);
    const changed = report.findings.find((f) => f.code === 'transit-destination-changed')!;
    expect(changed.message).toBe('The goods were declared for AB654321 but arrived at GB123456.');
    expect(changed.element).toBe('CustomsOfficeOfDestinationActual/referenceNumber');
    expect(changed.subject).toEqual({ kind: 'transit-movement', mrn: '27WF9X1FQ9RCKN0TM3' });
    const late = report.findings.find((f) => f.code === 'transit-arrived-late')!;
    expect(late.measure).toEqual({ expected: 0, actual: 4969, unit: 'days' });
  });

  it('does not call a declaration overdue before it is released', () => {
    expect(codes(declaredMovement(), '2023-08-15')).toEqual([]);
    expect(checkTransitMovements([declaredMovement()], { now: '2023-08-15' }).counts.declared).toBe(1);
  });
});

describe('transit control on variations of the CC015C sample (constructed: the sample has no arrival)', () => {
  const released = (): TransitMovement => {
    const movement = declaredMovement();
    movement.mrn = '23XI00008100000017';
    movement.releaseDate = '2023-04-03';
    movement.events.push({ type: 'released-for-transit', messageType: 'CC029C', at: '2023-04-03', office: 'XI000081' });
    return movement;
  };

  it('reports a movement still open after its time limit, with the days overdue', () => {
    const report = checkTransitMovements([released()], { now: '2023-08-15' });
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ code: 'transit-overdue', severity: 'error', measure: { actual: 16 } });
    expect(codes(released(), '2023-07-30')).toEqual([]);
  });

  it('uses the default time limit when the movement declares none', () => {
    const movement = released();
    delete movement.limitDate;
    const report = checkTransitMovements([movement], { now: '2023-04-20', defaultTimeLimitDays: 8 });
    expect(report.movements[0]!.limitDate).toBe('2023-04-11');
    expect(report.findings[0]!.message).toContain('the default 8-day limit');
  });

  it('finds a seal replaced, mass lost and packages missing at unloading', () => {
    const movement = released();
    movement.events.push(
      { type: 'arrival-notified', messageType: 'CC007C', at: '2023-04-06T09:00:00', office: 'GB000120' },
      {
        type: 'unloading-remarks',
        messageType: 'CC044C',
        at: '2023-04-06',
        office: 'GB000120',
        unloading: {
          conform: false,
          sealsIntact: true,
          equipment: [{ sequence: 1, containerId: 'CSQU3054383', seals: ['F913'], goodsItemNumbers: [1] }],
          grossMassKg: 57_100,
          items: [{ declarationGoodsItemNumber: 1, grossMassKg: 3340, packages: 8 }],
        },
      },
    );
    const report = checkTransitMovements([movement], { now: '2023-04-10' });
    expect(report.findings.map((f) => f.code).sort()).toEqual([
      'transit-mass-difference',
      'transit-package-difference',
      'transit-seal-mismatch',
      'transit-unloading-not-conform',
    ]);
    const seal = report.findings.find((f) => f.code === 'transit-seal-mismatch')!;
    expect(seal.message).toBe('Seals on CSQU3054383 differ from those affixed at departure: missing F742; found F913.');
    const mass = report.findings.find((f) => f.code === 'transit-mass-difference')!;
    expect(mass.measure?.expected).toBe(60000.204);
    expect(mass.measure?.gap).toBeCloseTo(0.0483, 3);
  });

  it('tolerates weighing noise and reports broken seals and unsatisfactory controls', () => {
    const movement = released();
    movement.events.push(
      {
        type: 'control-result',
        messageType: 'CC029C',
        at: '2023-04-03',
        office: 'XI000081',
        control: { code: 'B1', text: 'seal damaged' },
      },
      {
        type: 'unloading-remarks',
        messageType: 'CC044C',
        at: '2023-04-05',
        office: 'GB000120',
        unloading: {
          conform: true,
          sealsIntact: false,
          grossMassKg: 59_990,
          items: [{ declarationGoodsItemNumber: 1, grossMassKg: 3338 }],
        },
      },
    );
    expect(codes(movement, '2023-04-10')).toEqual(['transit-control-not-satisfactory', 'transit-seals-broken']);
  });

  it('ignores invalidated movements', () => {
    const movement = released();
    movement.events.push({ type: 'invalidated', messageType: 'CC009C', at: '2023-04-04' });
    expect(checkTransitMovements([movement], { now: '2024-01-01' }).findings).toEqual([]);
  });
});

describe('transit control on movements generated from the sample declarations', () => {
  it('finds every injected distortion and raises nothing on clean movements', async () => {
    const { generateTransitMovements } = await import('../../src/verification/generate-transit-movements.js');
    const { sampleImports } = await import('./sample-imports.js');
    const generated = generateTransitMovements((await sampleImports()).slice(0, 5000), { seed: 12 });
    expect(generated.truth.size).toBeGreaterThan(100);
    const report = checkTransitMovements(generated.movements, { now: generated.now });
    const expected: Record<string, string> = {
      overdue: 'transit-overdue',
      late: 'transit-arrived-late',
      seal: 'transit-seal-mismatch',
      mass: 'transit-mass-difference',
      packages: 'transit-package-difference',
      destination: 'transit-destination-changed',
    };
    for (const movement of report.movements) {
      const injected = generated.truth.get(movement.reference);
      const found = movement.findings.map((f) => f.code);
      if (injected === undefined) expect(found, movement.reference).toEqual([]);
      else expect(found, movement.reference).toContain(expected[injected]);
    }
    expect(new Set(generated.truth.values()).size).toBe(6);
  });
});
