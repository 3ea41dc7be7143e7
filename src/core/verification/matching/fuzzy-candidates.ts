import type { TradeRecord } from '../trade-record.js';
import type { CandidatePairs } from './candidate-pairs.js';
import { basisCode, type CandidateInput } from './reference-candidates.js';
import { PARTY_WEIGHT, goodsScore, partyProfiles, partySimilarity, type PartyProfiles } from './score-pair.js';
import { SortedBlocks } from './sorted-blocks.js';

const WEEK = 7;

/**
 * Goods blocks: partner country × HS6 × week. The party blocks find pairs whose codes differ
 * (a pair must agree on parties anyway); the goods blocks catch pairs whose names were mistyped
 * in both rare words. HS6 rather than HS4 keeps blocks small where trade is dense.
 */
/** A candidate this good from the party blocks makes the goods blocks unnecessary. */
const SURE = 0.9;

const goodsKey = (record: TradeRecord, week: number) => `${record.partnerCountry}|${record.hs6}|${week}`;

/**
 * Party block keys: the party id, the rarest name word among our records, and the next rarest
 * when it is rare too (a typo then spares one of them; a common word, a sector name say, would
 * make a block as large as the trade in that sector).
 */
export function partyKeys(record: TradeRecord, words: WordCounts): string[] {
  const keys: string[] = [];
  if (record.partyId !== '') keys.push(`${record.partnerCountry}|i${record.partyId}`);
  const count = (token: string) => words.counts.get(token) ?? 0;
  const tokens = record.partyName
    .split(' ')
    .filter((token) => token.length >= 3)
    .sort((a, b) => count(a) - count(b) || (a < b ? -1 : 1));
  tokens.slice(0, 2).forEach((token, rank) => {
    if (rank === 0 || count(token) <= words.rareBelow) keys.push(`${record.partnerCountry}|n${token}`);
  });
  return keys;
}

interface WordCounts {
  counts: Map<string, number>;
  /** A word used by at most this many of our records is rare enough to block on. */
  rareBelow: number;
}

function countWords(imports: readonly TradeRecord[]): WordCounts {
  const counts = new Map<string, number>();
  for (const record of imports) {
    for (const token of record.partyName.split(' ')) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return { counts, rareBelow: Math.max(50, imports.length / 2000) };
}

interface Blocks {
  goods: SortedBlocks;
  parties: SortedBlocks;
  wordCounts: WordCounts;
}

function buildBlocks(imports: readonly TradeRecord[], taken: Uint8Array): Blocks {
  const goods = new SortedBlocks((i) => imports[i]!.massKg);
  const parties = new SortedBlocks((i) => imports[i]!.day);
  const wordCounts = countWords(imports);
  imports.forEach((record, i) => {
    if (taken[i] === 1 || !Number.isFinite(record.day)) return;
    goods.add(goodsKey(record, Math.floor(record.day / WEEK)), i);
    for (const key of partyKeys(record, wordCounts)) parties.add(key, i);
  });
  return { goods: goods.seal(), parties: parties.seal(), wordCounts };
}

/** The best few candidates of one partner record, kept in a tiny sorted array. */
class TopCandidates {
  readonly indices: number[] = [];
  readonly scores: number[] = [];
  constructor(private readonly limit: number) {}

  offer(index: number, score: number): void {
    if (this.indices.length === this.limit && score <= this.scores[this.limit - 1]!) return;
    let at = this.scores.findIndex((s) => s < score);
    if (at < 0) at = this.scores.length;
    this.indices.splice(at, 0, index);
    this.scores.splice(at, 0, score);
    if (this.indices.length > this.limit) {
      this.indices.pop();
      this.scores.pop();
    }
  }

  clear(): void {
    this.indices.length = 0;
    this.scores.length = 0;
  }
}

/**
 * Candidates for the partner records still unmatched, among our records still unmatched,
 * through both blockings. Returns the number of pairs scored.
 */
export function collectFuzzyCandidates(
  input: CandidateInput & { taken: { theirs: Int32Array; ours: Uint8Array } },
  out: CandidatePairs,
): number {
  const { imports, exports, options, taken } = input;
  const blocks = buildBlocks(imports, taken.ours);
  const seen = new Int32Array(imports.length).fill(-1);
  const top = new TopCandidates(options.candidatesPerRecord);
  const fuzzy = basisCode('fuzzy');
  let scored = 0;
  const ourProfiles: (PartyProfiles | undefined)[] = new Array<PartyProfiles | undefined>(imports.length);
  exports.forEach((theirs, t) => {
    if (taken.theirs[t] !== -1 || !Number.isFinite(theirs.day)) return;
    top.clear();
    const theirProfiles = partyProfiles(theirs);
    const visit = (i: number) => {
      if (seen[i] === t) return;
      seen[i] = t;
      scored++;
      const ours = imports[i]!;
      const goods = goodsScore(ours, theirs, options);
      if (goods + PARTY_WEIGHT < options.minFuzzyConfidence) return;
      const profiles = { ours: (ourProfiles[i] ??= partyProfiles(ours)), theirs: theirProfiles };
      const party = partySimilarity(ours, theirs, profiles);
      const confidence = goods + PARTY_WEIGHT * party;
      if (party >= options.minPartySimilarity && confidence >= options.minFuzzyConfidence) top.offer(i, confidence);
    };
    const first = theirs.day - options.daysBefore;
    const last = theirs.day + options.daysAfter;
    const mass = theirs.massKg;
    const massRange = Number.isFinite(mass)
      ? { low: mass * (1 - options.massBand), high: mass / (1 - options.massBand) }
      : { low: Number.NaN, high: Number.NaN };
    for (const key of partyKeys(theirs, blocks.wordCounts)) {
      blocks.parties.range(key, { low: first, high: last }, visit);
    }
    // The goods blocks are for names mistyped beyond their rare words: not needed once the
    // party blocks gave a candidate that agrees on nearly everything.
    if ((top.scores[0] ?? 0) < SURE) {
      const prefix = `${theirs.partnerCountry}|${theirs.hs6}|`;
      for (let week = Math.floor(first / WEEK); week <= Math.floor(last / WEEK); week++) {
        blocks.goods.range(prefix + week, massRange, visit);
      }
    }
    top.indices.forEach((i, k) => out.add({ their: t, our: i }, top.scores[k]!, fuzzy));
  });
  return scored;
}
