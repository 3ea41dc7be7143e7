/** Declaration events the hub routes to members. */
export const ROUTING_EVENTS = ['ingested', 'lane-assigned', 'released'] as const;
export type RoutingEvent = (typeof ROUTING_EVENTS)[number];

/**
 * Messages on the network. `declaration.*` go from the hub to members; `agency.decision`
 * (a permit granted or refused, a certificate number) comes back from agencies;
 * `c2c.export-declaration` is customs-to-customs data from a partner administration.
 */
export const MESSAGE_TYPES = [
  'declaration.ingested',
  'declaration.lane-assigned',
  'declaration.released',
  'agency.decision',
  'c2c.export-declaration',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

export const isMessageType = (value: unknown): value is MessageType =>
  typeof value === 'string' && (MESSAGE_TYPES as readonly string[]).includes(value);

export const messageTypeOf = (event: RoutingEvent): MessageType => `declaration.${event}`;

/** Types only the hub may originate: a member sending one is refused whatever its agreement says. */
export const HUB_ONLY_TYPES: ReadonlySet<MessageType> = new Set([
  'declaration.ingested',
  'declaration.lane-assigned',
  'declaration.released',
]);
