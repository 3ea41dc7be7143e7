import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TransitMessage } from '../../src/core/model/transit-movement.js';
import { checkTransitMovements } from '../../src/core/verification/transit/check-transit-movements.js';
import { foldTransitMessages } from '../../src/core/verification/transit/fold-transit-messages.js';
import { decodeMessage } from '../../src/formats/decode-message.js';
import { releasedMovement } from './ncts-movements.js';

const DIR = new URL('../fixtures/eu-ncts5-ctc-xml/', import.meta.url);

/** Every NCTS sample that decodes, as the message store would hand them over, in file name order. */
function decoded(
  files = readdirSync(DIR)
    .filter((f) => f.endsWith('.xml'))
    .sort(),
): TransitMessage[] {
  return files.flatMap((file) =>
    [...decodeMessage(readFileSync(new URL(file, DIR)))].flatMap((event) =>
      event.kind === 'message' && event.messageType === 'transit' ? [event.message] : [],
    ),
  );
}

const RELEASED = ['cc029c-valid.xml', 'cc007c-valid.xml', 'cc043c-valid.xml', 'cc044c-valid.xml', 'cc025c-valid.xml'];

describe('foldTransitMessages on the NCTS phase 5 samples', () => {
  it('folds the messages of MRN 27WF9X1FQ9RCKN0TM3 into what was built by hand from the same files', () => {
    const { movements, unmatched } = foldTransitMessages(decoded(RELEASED));
    expect(unmatched).toEqual([]);
    expect(movements).toHaveLength(1);
    const [folded] = movements;
    expect(folded!.declaredBy).toBe('CC029C');
    expect(folded!.messages).toEqual([0, 1, 2, 3, 4]);
    // The hand-built movement predates the decoder and leaves out the incident that CC043C reports.
    const incident = folded!.movement.events.filter((event) => event.type === 'incident');
    expect(incident).toEqual([
      expect.objectContaining({ messageType: 'CC043C', at: '2013-05-22', incident: expect.objectContaining({}) }),
    ]);
    const withoutIncident = {
      ...folded!.movement,
      events: folded!.movement.events.filter((event) => event.type !== 'incident'),
    };
    // The decoder reads more than the hand-built value holds (parties, border means...): every value it holds matches.
    expect(withoutIncident).toMatchObject(releasedMovement());
    expect(withoutIncident.events).toEqual(releasedMovement().events);
  });

  it('joins the declaration (CC015C, LRN only) to its movement through the LRN the release repeats', () => {
    const messages = decoded();
    const { movements, unmatched } = foldTransitMessages(messages);
    const byKey = new Map(movements.map((m) => [m.movement.mrn ?? `lrn:${m.movement.lrn}`, m]));
    expect([...byKey.keys()].sort()).toEqual(['27WF9X1FQ9RCKN0TM3', 'lrn:ABC', 'lrn:DHbrfgDQJRm', 'lrn:string']);
    const released = byKey.get('27WF9X1FQ9RCKN0TM3')!;
    expect(released.messages.map((i) => messages[i]!.messageType).sort()).toEqual(
      ['CC007C', 'CC015C', 'CC025C', 'CC029C', 'CC043C', 'CC044C'].sort(),
    );
    expect(released.movement).toMatchObject({
      lrn: 'MDTP-18',
      officeOfDeparture: 'AB654321',
      // The release carries no time limit: the declared one (CC015C) fills it.
      limitDate: '2023-07-30',
      releaseDate: '2008-11-15',
    });
    expect(released.movement.events.map((e) => `${e.messageType} ${e.type}`)).toEqual([
      'CC015C declared',
      'CC029C control-result',
      'CC029C released-for-transit',
      'CC043C incident',
      'CC007C arrival-notified',
      'CC043C unloading-permitted',
      'CC044C unloading-remarks',
      'CC025C goods-released',
    ]);
    expect(byKey.get('lrn:ABC')!.declaredBy).toBe('CC013C');
    expect(byKey.get('lrn:DHbrfgDQJRm')!.declaredBy).toBe('CC015C');
    const presented = byKey.get('lrn:string')!;
    expect(presented.declaredBy).toBeUndefined();
    expect(presented.movement.consignment).toEqual(messages[presented.messages[0]!]!.consignment);
    // CC014C names neither MRN nor LRN: it cannot be put on any movement.
    expect(unmatched.map((i) => messages[i]!.messageType)).toEqual(['CC014C']);
  });

  it('gives the same movements whatever order the messages come in, and counts a repeated message once', () => {
    const messages = decoded();
    const forward = foldTransitMessages(messages).movements.map((m) => m.movement);
    const backward = foldTransitMessages([...messages].reverse()).movements.map((m) => m.movement);
    const byRef = (list: typeof forward) => new Map(list.map((m) => [m.mrn ?? m.lrn, m]));
    expect(byRef(backward)).toEqual(byRef(forward));
    const twice = foldTransitMessages([...messages, ...messages]);
    expect(twice.movements.map((m) => m.movement)).toEqual(forward);
  });

  it('takes the declared data of the latest amendment over the declaration', () => {
    const [declaration] = decoded(['cc015c-valid-2.xml']);
    const [amendment] = decoded(['cc013c-valid.xml']);
    amendment!.lrn = 'MDTP-18';
    amendment!.movement!.lrn = 'MDTP-18';
    const [folded] = foldTransitMessages([declaration!, amendment!]).movements;
    expect(folded!.declaredBy).toBe('CC013C');
    expect(folded!.movement.officeOfDeparture).toBe(amendment!.movement!.officeOfDeparture);
    expect(folded!.movement.events.map((e) => e.type)).toEqual(['declared', 'amended']);
  });

  it('feeds transit control: the folded movement is checked like the hand-built one', () => {
    const { movements } = foldTransitMessages(decoded(RELEASED));
    const folded = checkTransitMovements(
      movements.map((m) => m.movement),
      { now: '2024-01-01' },
    );
    const byHand = checkTransitMovements([releasedMovement()], { now: '2024-01-01' });
    expect(folded.findings.map((f) => f.code)).toEqual(byHand.findings.map((f) => f.code));
    expect(folded.findings.map((f) => f.code)).toContain('transit-unloading-not-conform');
    expect(folded.counts.released).toBe(1);
  });
});
