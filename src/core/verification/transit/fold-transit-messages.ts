import type { TransitEvent, TransitMessage, TransitMovement } from '../../model/transit-movement.js';
import { transitEventOrder } from './transit-event-order.js';

/** One movement folded from its messages. */
export interface FoldedMovement {
  movement: TransitMovement;
  /** Indices (in the input) of the messages folded into it, in input order. */
  messages: number[];
  /**
   * The message that gave the declared data (`CC029C`, `CC013C`, `CC015C`), or none when only
   * later messages were received (a destination office that never saw the declaration).
   */
  declaredBy?: string;
}

export interface TransitFold {
  movements: FoldedMovement[];
  /** Indices of the messages that name no movement (an invalidation request without MRN or LRN). */
  unmatched: number[];
}

/** Which message's declared data wins: the release (as accepted), then the latest amendment, then the declaration. */
const DECLARED_RANK: Readonly<Record<string, number>> = { CC029C: 3, CC013C: 2, CC015C: 1 };
const FILLED = [
  'mrn',
  'lrn',
  'declarationType',
  'additionalDeclarationType',
  'security',
  'acceptanceDate',
  'releaseDate',
  'limitDate',
] as const;

/** Union-find over `m:<MRN>` and `l:<LRN>`: a message carrying both joins its LRN's messages to its MRN's. */
class Groups {
  readonly #parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.#parent.has(root) && this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    this.#parent.set(key, root);
    return root;
  }
  join(a: string, b: string): void {
    this.#parent.set(this.find(a), this.find(b));
  }
}

function keysOf(message: TransitMessage): string[] {
  const mrn = (message.mrn ?? message.movement?.mrn)?.trim();
  const lrn = (message.lrn ?? message.movement?.lrn)?.trim();
  return [...(mrn ? [`m:${mrn}`] : []), ...(lrn ? [`l:${lrn}`] : [])];
}

/** The same message received twice (a file ingested again, a resend) counts once. */
function identity(message: TransitMessage): string {
  return [message.messageType, message.messageId, message.preparedAt, message.mrn, message.lrn].join('|');
}

/**
 * Folds NCTS phase 5 messages into one `TransitMovement` per movement: messages are grouped by MRN,
 * or by LRN until a message (CC029C, a CC013C after acceptance...) gives the MRN that joins them.
 * The declared data come from the release for transit, else the latest amendment, else the
 * declaration, with missing dates and identifiers filled from the others; without any of them, the
 * consignment of the unloading permission (CC043C) or presentation notification (CC170C) stands in.
 * Events of every message follow, in the order of the procedure (a control result as its own event
 * before the release that reports it), then by date: offices' clocks and test data disagree on dates,
 * the NCTS sequence does not.
 */
export function foldTransitMessages(messages: readonly TransitMessage[]): TransitFold {
  const groups = new Groups();
  const unmatched: number[] = [];
  const seen = new Set<string>();
  const kept: number[] = [];
  messages.forEach((message, index) => {
    const key = identity(message);
    if (seen.has(key)) return;
    seen.add(key);
    const keys = keysOf(message);
    if (keys.length === 0) unmatched.push(index);
    else {
      for (const other of keys.slice(1)) groups.join(other, keys[0]!);
      kept.push(index);
    }
  });
  const members = new Map<string, number[]>();
  for (const index of kept) {
    const root = groups.find(keysOf(messages[index]!)[0]!);
    members.set(root, [...(members.get(root) ?? []), index]);
  }
  const movements = [...members.values()].map((indices) => foldOne(indices, messages));
  return { movements, unmatched };
}

function foldOne(indices: number[], all: readonly TransitMessage[]): FoldedMovement {
  const messages = indices.map((index) => all[index]!);
  const declaring = messages
    .filter((message) => message.movement && DECLARED_RANK[message.messageType] !== undefined)
    .sort(
      (a, b) =>
        DECLARED_RANK[b.messageType]! - DECLARED_RANK[a.messageType]! ||
        (b.preparedAt ?? '').localeCompare(a.preparedAt ?? ''),
    );
  const base = declaring[0];
  const movement: TransitMovement = base?.movement ? { ...base.movement, events: [] } : undeclaredMovement(messages);
  for (const field of FILLED) {
    if (movement[field] !== undefined) continue;
    const value = [...declaring.map((m) => m.movement?.[field]), ...messages.map((m) => fieldOf(m, field))].find(
      (candidate) => candidate !== undefined,
    );
    if (value !== undefined) movement[field] = value;
  }
  movement.events = transitEventOrder(messages.flatMap((message) => splitControl(message.events)));
  return { movement, messages: indices, ...(base ? { declaredBy: base.messageType } : {}) };
}

function fieldOf(message: TransitMessage, field: (typeof FILLED)[number]): string | undefined {
  if (field === 'mrn') return message.mrn;
  if (field === 'lrn') return message.lrn;
  return undefined;
}

function undeclaredMovement(messages: readonly TransitMessage[]): TransitMovement {
  const consignment = messages.find((message) => message.consignment)?.consignment ?? {
    equipment: [],
    houseConsignments: [],
  };
  return {
    officeOfDeparture: '',
    officeOfDestinationDeclared: '',
    officesOfTransit: [],
    holder: {},
    consignment,
    events: [],
  };
}

/** A control result reported with a release becomes an event of its own (transit control reads those). */
function splitControl(events: readonly TransitEvent[]): TransitEvent[] {
  return events.flatMap((event) => {
    if (!event.control || event.type === 'control-result') return [event];
    const { control, ...rest } = event;
    const result: TransitEvent = {
      type: 'control-result',
      messageType: event.messageType,
      at: control.date ?? event.at,
      control,
    };
    return [result, rest];
  });
}
