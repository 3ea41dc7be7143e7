import { createNameProfile, profileSimilarity, type NameProfile } from '../normalize.js';
import type { TradeRecord } from '../trade-record.js';
import type { PartnerMatchOptions } from './partner-match-options.js';

/** How a pair was linked: a shared reference, or the fuzzy score alone. */
export type MatchBasis = 'ucr' | 'transport-document' | 'container' | 'fuzzy';

export interface PairScore {
  /** 0-1. */
  confidence: number;
  basis: MatchBasis;
  /** Similarity of the parties (consignee and, where known, trader), 0-1. */
  party: number;
}

/** Strength of each kind of shared reference as evidence on its own. */
const REFERENCE_STRENGTH: Record<Exclude<MatchBasis, 'fuzzy'>, number> = {
  ucr: 0.9,
  'transport-document': 0.85,
  container: 0.5,
};

const UNKNOWN = 0.5;

/** The names of a record's two parties, prepared once per record. */
export interface PartyProfiles {
  party: NameProfile;
  trader: NameProfile;
}

export function partyProfiles(record: TradeRecord): PartyProfiles {
  return { party: createNameProfile(record.partyName), trader: createNameProfile(record.traderName) };
}

/** Same id → 1; else the similarity of the names, when both sides have one. */
function identity(a: { id: string; name: NameProfile }, b: { id: string; name: NameProfile }): number | undefined {
  if (a.id !== '' && a.id === b.id) return 1;
  if (a.name.text !== '' && b.name.text !== '') return profileSimilarity(a.name, b.name);
  return undefined;
}

/** Similarity of the two sides' parties; `UNKNOWN` when neither side names them. */
export function partySimilarity(
  ours: TradeRecord,
  theirs: TradeRecord,
  profiles: { ours: PartyProfiles; theirs: PartyProfiles } = {
    ours: partyProfiles(ours),
    theirs: partyProfiles(theirs),
  },
): number {
  const consignee = identity(
    { id: ours.partyId, name: profiles.ours.party },
    { id: theirs.partyId, name: profiles.theirs.party },
  );
  const trader = identity(
    { id: ours.traderId, name: profiles.ours.trader },
    { id: theirs.traderId, name: profiles.theirs.trader },
  );
  if (consignee === undefined) return trader ?? UNKNOWN;
  if (trader === undefined) return consignee;
  // Either party known for sure is strong evidence; both agreeing is the strongest.
  return 0.6 * Math.max(consignee, trader) + 0.4 * Math.min(consignee, trader);
}

export function hsSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return UNKNOWN;
  if (a === b) return 1;
  if (a.slice(0, 4) === b.slice(0, 4)) return 0.6;
  return a.slice(0, 2) === b.slice(0, 2) ? 0.25 : 0;
}

/** 1 - relative gap, scaled so that a gap of `scale` scores 0. */
function closeness(a: number, b: number, scale: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return UNKNOWN;
  const high = Math.max(a, b);
  if (high <= 0) return 1;
  return Math.max(0, 1 - Math.abs(a - b) / high / scale);
}

function dateScore(lag: number, options: PartnerMatchOptions): number {
  if (!Number.isFinite(lag)) return UNKNOWN;
  if (lag < -options.daysBefore || lag > options.daysAfter) return 0;
  return lag < 0 ? 0.7 : 1 - (0.4 * lag) / options.daysAfter;
}

/** Weight of the parties in the fuzzy score; the goods, mass, value and date make up the rest. */
export const PARTY_WEIGHT = 0.35;

/**
 * Agreement on everything but the parties, weighted (at most 1 - `PARTY_WEIGHT`). Cheap: the
 * fuzzy pass computes it first and skips the name comparison when even perfect parties could
 * not lift the pair to the threshold.
 */
export function goodsScore(ours: TradeRecord, theirs: TradeRecord, options: PartnerMatchOptions): number {
  return (
    0.25 * hsSimilarity(ours.hs6, theirs.hs6) +
    0.2 * closeness(ours.massKg, theirs.massKg, 0.5) +
    0.1 * closeness(ours.value, theirs.value * options.cifFobFactor, 0.8) +
    0.1 * dateScore(ours.day - theirs.day, options)
  );
}

/** The shared reference that links the pair, strongest first. */
export function sharedReference(ours: TradeRecord, theirs: TradeRecord): Exclude<MatchBasis, 'fuzzy'> | undefined {
  if (ours.ucr !== '' && ours.ucr === theirs.ucr) return 'ucr';
  if (theirs.transportDocuments.some((d) => ours.transportDocuments.includes(d))) return 'transport-document';
  if (theirs.containers.some((c) => ours.containers.includes(c))) return 'container';
  return undefined;
}

/**
 * Scores a pair (our import, partner export). Without a shared reference, the confidence is a
 * weighted agreement of parties, HS, mass, value and date; value weighs little, since the gap
 * it would penalise is the fraud the match is meant to reveal. A shared reference raises it.
 */
export function scorePair(
  ours: TradeRecord,
  theirs: TradeRecord,
  context: { options: PartnerMatchOptions; profiles?: { ours: PartyProfiles; theirs: PartyProfiles } },
): PairScore {
  const party = partySimilarity(ours, theirs, context.profiles);
  const fuzzy = PARTY_WEIGHT * party + goodsScore(ours, theirs, context.options);
  const reference = sharedReference(ours, theirs);
  if (!reference) return { confidence: fuzzy, basis: 'fuzzy', party };
  const strength = REFERENCE_STRENGTH[reference];
  return { confidence: 1 - (1 - fuzzy) * (1 - strength), basis: reference, party };
}
