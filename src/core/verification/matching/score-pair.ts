import { nameSimilarity } from '../normalize.js';
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

/** Same id → 1; else the similarity of the names, when both sides have one. */
function identity(a: { id: string; name: string }, b: { id: string; name: string }): number | undefined {
  if (a.id !== '' && a.id === b.id) return 1;
  if (a.name !== '' && b.name !== '') return nameSimilarity(a.name, b.name);
  return undefined;
}

/** Similarity of the two sides' parties; `UNKNOWN` when neither side names them. */
export function partySimilarity(ours: TradeRecord, theirs: TradeRecord): number {
  const consignee = identity(
    { id: ours.partyId, name: ours.partyName },
    { id: theirs.partyId, name: theirs.partyName },
  );
  const trader = identity(
    { id: ours.traderId, name: ours.traderName },
    { id: theirs.traderId, name: theirs.traderName },
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
export function scorePair(ours: TradeRecord, theirs: TradeRecord, options: PartnerMatchOptions): PairScore {
  const party = partySimilarity(ours, theirs);
  const fuzzy =
    0.35 * party +
    0.25 * hsSimilarity(ours.hs6, theirs.hs6) +
    0.2 * closeness(ours.massKg, theirs.massKg, 0.5) +
    0.1 * closeness(ours.value, theirs.value * options.cifFobFactor, 0.8) +
    0.1 * dateScore(ours.day - theirs.day, options);
  const reference = sharedReference(ours, theirs);
  if (!reference) return { confidence: fuzzy, basis: 'fuzzy', party };
  const strength = REFERENCE_STRENGTH[reference];
  return { confidence: 1 - (1 - fuzzy) * (1 - strength), basis: reference, party };
}
