import type { Consignment, Declaration, Party } from '../../../../core/model/declaration-schema.js';
import { optionalAt, type EdifactSegment } from '../../syntax/edifact-segment.js';
import type { MappingContext } from '../mapping-context.js';
import { readNad } from '../nad-party.js';
import type { SegmentGroup } from '../segment-group.js';
import { PARTY_ALIASES, PARTY_QUALIFIERS, TRANSPORT_STAGES, type PartyRole } from './cusdec-codes.js';

const ROLE_OF: Record<string, PartyRole> = Object.fromEntries(
  Object.entries(PARTY_QUALIFIERS).map(([role, qualifier]) => [qualifier, role as PartyRole]),
);

/** SG6 NAD groups → parties; an alias (AF transit principal) fills a role only the main qualifier left empty. */
export function readParties(root: SegmentGroup, context: MappingContext): Declaration['parties'] {
  const parties: Declaration['parties'] = {};
  const aliases: [PartyRole, EdifactSegment][] = [];
  for (const group of root.groups('NAD')) {
    const nad = group.trigger;
    const qualifier = optionalAt(nad, 0) ?? '';
    const role = ROLE_OF[qualifier];
    if (role && !parties[role]) parties[role] = readParty(nad, role, context);
    else if (PARTY_ALIASES[qualifier]) aliases.push([PARTY_ALIASES[qualifier], nad]);
  }
  for (const [role, nad] of aliases) parties[role] ??= readParty(nad, role, context);
  return parties;
}

function readParty(nad: EdifactSegment, role: PartyRole, context: MappingContext): Party {
  const path = `parties.${role}`;
  const read = readNad(nad, context.escaped);
  const party: Party = {};
  const from = (key: string, value: string | undefined, elementId: string) => ({
    value,
    path: `${path}.${key}`,
    segment: nad,
    elementId,
  });
  context.map.note(path, nad);
  context.value(party, 'id', from('id', read.id, 'C082/3039'));
  context.value(party, 'name', from('name', read.name, 'C080/3036'));
  const address: NonNullable<Party['address']> = {};
  context.value(address, 'line', from('address.line', read.street, 'C059/3042'));
  context.value(address, 'cityName', from('address.cityName', read.city, '3164'));
  context.value(address, 'postcodeId', from('address.postcodeId', read.postcode, '3251'));
  context.value(address, 'countryCode', from('address.countryCode', read.countryCode, '3207'));
  if (Object.keys(address).length > 0) party.address = address;
  return party;
}

/** SG4 TDT (+TPL) by transport stage (8051): border 11, departure 12, arrival 13. */
export function readTransport(root: SegmentGroup, context: MappingContext): Declaration['transport'] {
  const transport: Declaration['transport'] = {};
  for (const [key, stage] of Object.entries(TRANSPORT_STAGES) as [keyof typeof TRANSPORT_STAGES, string][]) {
    const group = root.group('TDT', stage);
    if (!group) continue;
    const tdt = group.trigger;
    const path = `transport.${key}`;
    const means: NonNullable<Declaration['transport']['border']> = {};
    const at = (field: string, [element, component]: [number, number], elementId: string) => ({
      path: `${path}.${field}`,
      segment: tdt,
      element,
      component,
      elementId,
    });
    context.map.note(path, tdt);
    context.text(means, 'modeCode', at('modeCode', [2, 0], 'C220/8067'));
    const coded = optionalAt(tdt, 7, 0) !== undefined;
    context.text(means, 'id', coded ? at('id', [7, 0], 'C222/8213') : at('id', [7, 3], 'C222/8212'));
    context.text(means, 'identificationTypeCode', at('identificationTypeCode', [3, 0], 'C228/8179'));
    context.text(means, 'nationalityCode', at('nationalityCode', [7, 4], 'C222/8453'));
    const tpl = group.first('TPL');
    if (means.nationalityCode === undefined && tpl) {
      context.text(means, 'nationalityCode', { ...at('nationalityCode', [0, 4], 'C222/8453'), segment: tpl });
    }
    transport[key] = means;
  }
  return transport;
}

/**
 * Header EQD (containers) and SEL (seals). CUSDEC lists them apart, so seals cannot be tied to one
 * container: they go to the only container, or to a container entry of their own when there are several.
 */
export function readEquipment(root: SegmentGroup, context: MappingContext): Consignment['containers'] {
  const containers: NonNullable<Consignment['containers']> = [];
  for (const eqd of root.all('EQD')) {
    const container: NonNullable<Consignment['containers']>[number] = {};
    context.text(container, 'id', {
      path: `consignment.containers[${containers.length}].id`,
      segment: eqd,
      element: 1,
      elementId: 'C237/8260',
    });
    containers.push(container);
  }
  const seals = root.all('SEL').flatMap((sel) => optionalAt(sel, 0) ?? []);
  if (seals.length > 0) {
    const holder = containers.length === 1 ? containers[0]! : containers[containers.push({}) - 1]!;
    holder.sealIds = seals;
    context.map.note(`consignment.containers[${containers.indexOf(holder)}].sealIds`, root.all('SEL')[0]!, '9308');
  }
  return containers.length > 0 ? containers : undefined;
}
