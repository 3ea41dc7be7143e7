import type { TradeRecord } from '../trade-record.js';
import type { CandidatePairs } from './candidate-pairs.js';
import { basisCode, type CandidateInput } from './reference-candidates.js';
import { scorePair } from './score-pair.js';
import { SortedBlocks } from './sorted-blocks.js';

const WEEK = 7;

const goodsKey = (record: TradeRecord, week: number) => `${record.partnerCountry}|${record.hs6.slice(0, 4)}|${week}`;

/**
 * Party block keys: the party id, and the two rarest name words among our records (a typo
 * spares one of them; a common word such as a sector name would make a block too large).
 */
export function partyKeys(record: TradeRecord, wordCounts: ReadonlyMap<string, number>): string[] {
  const keys: string[] = [];
  if (record.partyId !== '') keys.push(`${record.partnerCountry}|i${record.partyId}`);
  const tokens = record.partyName
    .split(' ')
    .filter((token) => token.length >= 3)
    .sort((a, b) => (wordCounts.get(a) ?? 0) - (wordCounts.get(b) ?? 0) || (a < b ? -1 : 1));
  for (const token of tokens.slice(0, 2)) keys.push(`${record.partnerCountry}|n${token}`);
  return keys;
}

function countWords(imports: readonly TradeRecord[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const record of imports) {
    for (const token of record.partyName.split(' ')) counts.set(token, (counts.get(token) ?? 0) + 1);
  }
  return counts;
}

interface Blocks {
  goods: SortedBlocks;
  parties: SortedBlocks;
  wordCounts: Map<string, number>;
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
  exports.forEach((theirs, t) => {
    if (taken.theirs[t] !== -1 || !Number.isFinite(theirs.day)) return;
    top.clear();
    const visit = (i: number) => {
      if (seen[i] === t) return;
      seen[i] = t;
      scored++;
      const score = scorePair(imports[i]!, theirs, options);
      if (score.party >= options.minPartySimilarity && score.confidence >= options.minFuzzyConfidence) {
        top.offer(i, score.confidence);
      }
    };
    const first = theirs.day - options.daysBefore;
    const last = theirs.day + options.daysAfter;
    const mass = theirs.massKg;
    const massRange = Number.isFinite(mass)
      ? { low: mass * (1 - options.massBand), high: mass / (1 - options.massBand) }
      : { low: Number.NaN, high: Number.NaN };
    for (let week = Math.floor(first / WEEK); week <= Math.floor(last / WEEK); week++) {
      blocks.goods.range(goodsKey(theirs, week), massRange, visit);
    }
    for (const key of partyKeys(theirs, blocks.wordCounts))
      blocks.parties.range(key, { low: first, high: last }, visit);
    top.indices.forEach((i, k) => out.add({ their: t, our: i }, top.scores[k]!, fuzzy));
  });
  return scored;
}
