import type {
  TransitEvent,
  TransitEventType,
  TransitGuarantee,
  TransitMessage,
  TransitMovement,
} from '../../core/model/transit-movement.js';
import type { XmlFault } from '../wco-xml/map-context.js';
import type { XmlElement } from '../wco-xml/xml-element.js';
import { NctsContext } from './ncts-context.js';
import { readConsignment } from './ncts-consignment.js';
import { compact, readOffices, readParty } from './ncts-parties.js';
import { readUnloading } from './read-unloading.js';

/** The NCTS messages Tamga reads, with the event each reports and whether it carries the declared data. */
export const NCTS_MESSAGES: Readonly<Record<string, { event: TransitEventType; declared: boolean }>> = {
  CC015C: { event: 'declared', declared: true },
  CC013C: { event: 'amended', declared: true },
  CC029C: { event: 'released-for-transit', declared: true },
  CC014C: { event: 'invalidation-requested', declared: false },
  CC007C: { event: 'arrival-notified', declared: false },
  CC043C: { event: 'unloading-permitted', declared: false },
  CC044C: { event: 'unloading-remarks', declared: false },
  CC025C: { event: 'goods-released', declared: false },
  CC170C: { event: 'presentation-notified', declared: false },
};

export interface ReadTransitMessage {
  message: TransitMessage;
  faults: XmlFault[];
  warnings: string[];
}

/** An NCTS phase 5 message element tree (`CC015C`...) → transit message, with its format faults. */
export function readTransitMessage(root: XmlElement, messageType: string): ReadTransitMessage {
  const ctx = new NctsContext();
  root.used = true;
  const kind = NCTS_MESSAGES[messageType]!;
  const operation = ctx.required(root, 'TransitOperation', 'transit operation') ?? root;
  const message: TransitMessage = compact({
    messageType,
    messageId: ctx.text(root, 'messageIdentification'),
    sender: ctx.text(root, 'messageSender'),
    recipient: ctx.text(root, 'messageRecipient'),
    preparedAt: ctx.isoDateTime(root, 'preparationDateAndTime'),
    correlationId: ctx.text(root, 'correlationIdentifier'),
    mrn: ctx.mrn(operation),
    lrn: ctx.lrn(operation),
    events: [],
  });
  const warnings = identifierRule(ctx, { root, operation, message });
  if (kind.declared) message.movement = readMovement(ctx, root, operation);
  else if (messageType === 'CC043C' || messageType === 'CC170C') {
    const consignment = ctx.child(root, 'Consignment');
    if (consignment !== undefined) message.consignment = readConsignment(ctx, consignment);
  }
  message.events = readEvents(ctx, { root, operation, message, type: kind.event });
  // Some data items are read twice (an MRN for the message and its movement): report each fault once.
  const faults = [
    ...new Map(ctx.faults.map((fault) => [`${fault.line}:${fault.column}:${fault.message}`, fault])).values(),
  ];
  return { message, faults, warnings };
}

interface MessageParts {
  root: XmlElement;
  operation: XmlElement;
  message: TransitMessage;
}

/**
 * Which identifier a message must carry. DDNTA rule C0467: an amendment (CC013C) names its
 * declaration by LRN before acceptance or by MRN after, never both. Arrival and destination
 * messages need the MRN, a presentation notification the LRN.
 */
function identifierRule(ctx: NctsContext, { root, operation, message }: MessageParts): string[] {
  const type = message.messageType;
  const hasLrn = ctx.child(operation, 'LRN') !== undefined;
  const hasMrn = ctx.child(operation, 'MRN') !== undefined;
  if (type === 'CC013C' && hasLrn && hasMrn) {
    ctx.fault(
      operation,
      'schema-violation',
      'both MRN and LRN given: an amendment names its declaration by LRN (before acceptance) or by MRN (after), not both (rule C0467)',
    );
  } else if (type === 'CC013C' && !hasLrn && !hasMrn) {
    ctx.fault(
      operation,
      'missing-element',
      'neither LRN nor MRN given: an amendment must name the declaration it amends (rule C0467)',
    );
  } else if ((type === 'CC015C' || type === 'CC170C') && !hasLrn) {
    ctx.fault(operation, 'missing-element', 'LRN (local reference number) is missing');
  } else if (['CC007C', 'CC043C', 'CC044C', 'CC025C', 'CC029C'].includes(type) && !hasMrn) {
    ctx.fault(operation, 'missing-element', 'MRN (movement reference number) is missing');
  } else if (type === 'CC014C' && !hasLrn && !hasMrn) {
    return [`${root.name}: neither LRN nor MRN given, so this invalidation request cannot be matched to a movement`];
  }
  return [];
}

function readMovement(ctx: NctsContext, root: XmlElement, operation: XmlElement): TransitMovement {
  const consignment = ctx.required(root, 'Consignment', 'consignment');
  return compact({
    mrn: ctx.mrn(operation),
    lrn: ctx.lrn(operation),
    declarationType: ctx.text(operation, 'declarationType'),
    additionalDeclarationType: ctx.text(operation, 'additionalDeclarationType'),
    security: ctx.text(operation, 'security'),
    acceptanceDate: ctx.isoDate(operation, 'declarationAcceptanceDate'),
    releaseDate: ctx.isoDate(operation, 'releaseDate'),
    limitDate: ctx.isoDate(operation, 'limitDate'),
    officeOfDeparture: ctx.office(ctx.required(root, 'CustomsOfficeOfDeparture', 'office of departure')) ?? '',
    officeOfDestinationDeclared:
      ctx.office(ctx.required(root, 'CustomsOfficeOfDestinationDeclared', 'office of destination')) ?? '',
    officesOfTransit: readOffices(ctx, root, 'CustomsOfficeOfTransitDeclared'),
    officesOfExit: nonEmpty(readOffices(ctx, root, 'CustomsOfficeOfExitForTransitDeclared')),
    holder: readParty(ctx, ctx.required(root, 'HolderOfTheTransitProcedure', 'holder of the transit procedure')) ?? {},
    representative: readParty(ctx, ctx.child(root, 'Representative')),
    guarantees: nonEmpty(readGuarantees(ctx, root)),
    consignment:
      consignment === undefined ? { equipment: [], houseConsignments: [] } : readConsignment(ctx, consignment),
    events: [],
  });
}

/** One guarantee per `GuaranteeReference` (GRN and amount), or the guarantee alone when it has none. */
function readGuarantees(ctx: NctsContext, root: XmlElement): TransitGuarantee[] {
  return ctx.all(root, 'Guarantee').flatMap((guarantee) => {
    ctx.integer(guarantee, 'sequenceNumber');
    const base = compact({
      type: ctx.text(guarantee, 'guaranteeType') ?? '',
      otherReference: ctx.text(guarantee, 'otherGuaranteeReference'),
    });
    const references = ctx.all(guarantee, 'GuaranteeReference');
    if (references.length === 0) return [base];
    return references.map((reference) =>
      compact({
        ...base,
        grn: ctx.text(reference, 'GRN'),
        amount: ctx.decimalValue(reference, 'amountToBeCovered'),
        currency: ctx.text(reference, 'currency'),
      }),
    );
  });
}

function readEvents(ctx: NctsContext, parts: MessageParts & { type: TransitEventType }): TransitEvent[] {
  const { root, operation, message, type } = parts;
  const departure = ctx.child(root, 'CustomsOfficeOfDeparture');
  const destination = ctx.child(root, 'CustomsOfficeOfDestinationActual');
  const office = ctx.office(destination) ?? ctx.office(departure);
  const at =
    ctx.isoDateTime(operation, 'arrivalNotificationDateAndTime') ??
    ctx.isoDate(operation, 'releaseDate') ??
    ctx.isoDateTime(ctx.child(root, 'Invalidation'), 'requestDateAndTime') ??
    message.preparedAt ??
    '';
  const event: TransitEvent = compact({
    type,
    messageType: message.messageType,
    at,
    office,
    releaseIndicator: ctx.text(operation, 'releaseIndicator'),
    control: readControl(ctx, ctx.child(root, 'ControlResult')),
  });
  if (type === 'unloading-remarks') {
    const unloading = readUnloading(ctx, root);
    event.unloading = unloading.observation;
    if (unloading.date !== undefined) event.at = unloading.date;
  }
  const consignment = ctx.child(root, 'Consignment');
  const incidents = type === 'unloading-permitted' ? ctx.all(consignment, 'Incident') : [];
  return [event, ...incidents.map((incident) => incidentEvent(ctx, incident, event))];
}

function readControl(ctx: NctsContext, element: XmlElement | undefined): TransitEvent['control'] {
  if (element === undefined) return undefined;
  return compact({
    code: ctx.text(element, 'code') ?? '',
    date: ctx.isoDate(element, 'date'),
    controlledBy: ctx.text(element, 'controlledBy'),
    text: ctx.text(element, 'text'),
  });
}

function incidentEvent(ctx: NctsContext, incident: XmlElement, permitted: TransitEvent): TransitEvent {
  const endorsement = ctx.child(incident, 'Endorsement');
  return compact({
    type: 'incident' as const,
    messageType: permitted.messageType,
    at: ctx.isoDate(endorsement, 'date') ?? permitted.at,
    office: permitted.office,
    incident: compact({
      code: ctx.text(incident, 'code') ?? '',
      text: ctx.text(incident, 'text'),
      country: ctx.text(ctx.child(incident, 'Location'), 'country') ?? ctx.text(endorsement, 'country'),
    }),
  });
}

function nonEmpty<T>(values: T[]): T[] | undefined {
  return values.length > 0 ? values : undefined;
}
