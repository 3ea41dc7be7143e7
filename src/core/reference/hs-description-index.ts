import { contentWords, foldWord } from './text-tokens.js';

/** An HS subheading with the texts it is found by. */
export interface HsIndexEntry {
  code: string;
  description: string;
  headingDescription: string;
  chapterDescription: string;
}

/** A word of a goods description and the HS chapters whose texts use it. */
export interface WordChapters {
  word: string;
  chapters: ReadonlySet<string>;
}

export interface HsMatch {
  code: string;
  score: number;
}

/**
 * A word in the subheading's own text counts most; one its heading or chapter also uses counts
 * again, so that "bicycle" ranks the bicycles heading above tyres "of a kind used on bicycles".
 */
const OWN_WEIGHT = 1;
const HEADING_WEIGHT = 0.6;
const CHAPTER_WEIGHT = 0.3;

const MEMO_SIZE = 10_000;

interface Posting {
  ids: number[];
  weights: number[];
  idf: number;
  /** Computed on first use. */
  chapters?: Set<string>;
}

/**
 * A small inverted index from words to HS subheadings, ranked by the summed inverse document
 * frequency of the words a goods description shares with a subheading's texts. Everyday words
 * are first mapped to the nomenclature's own words (`synonyms`: "sneakers" → "footwear").
 */
export class HsDescriptionIndex {
  private readonly codes: string[] = [];
  private readonly postings = new Map<string, Posting>();
  private readonly synonyms = new Map<string, string[]>();
  private readonly chapterMemo = new Map<string, WordChapters[]>();

  constructor(entries: Iterable<HsIndexEntry>, synonyms: Record<string, string[]> = {}) {
    for (const [word, targets] of Object.entries(synonyms))
      this.synonyms.set(foldWord(word.toLowerCase()), targets.map((target) => foldWord(target.toLowerCase())));
    const cache = new Map<string, string[]>();
    const wordsOf = (text: string) => {
      let found = cache.get(text);
      if (!found) cache.set(text, (found = contentWords(text)));
      return found;
    };
    const scratch = new Map<string, number>();
    for (const entry of entries) this.add(entry, { wordsOf, scratch });
    const total = this.codes.length;
    for (const posting of this.postings.values()) posting.idf = Math.log(1 + total / posting.ids.length);
  }

  /** Subheadings sharing the most distinctive words with `text`, best first. */
  search(text: string, limit = 5): HsMatch[] {
    return this.rank(text, undefined, limit);
  }

  /** The candidates ranked by how well their texts match `text`; those sharing no word keep their order, last. */
  rankCandidates(text: string, candidates: readonly string[]): string[] {
    const ranked = this.rank(text, new Set(candidates), candidates.length).map((match) => match.code);
    const seen = new Set(ranked);
    for (const code of candidates) if (!seen.has(code)) ranked.push(code);
    return ranked;
  }

  /** The query words of a text: its content words plus the nomenclature words they stand for. */
  queryWords(text: string): string[] {
    const result = new Set<string>();
    for (const word of contentWords(text)) {
      result.add(word);
      for (const target of this.synonyms.get(word) ?? []) result.add(target);
    }
    return [...result];
  }

  /**
   * For each query word of a description that the nomenclature uses, the chapters using it.
   * Remembered for a bounded number of descriptions: the same goods come back again and again.
   */
  wordChapters(description: string): readonly WordChapters[] {
    let found = this.chapterMemo.get(description);
    if (!found) {
      found = [];
      for (const word of this.queryWords(description)) {
        const chapters = this.chaptersOf(word);
        if (chapters) found.push({ word, chapters });
      }
      if (this.chapterMemo.size >= MEMO_SIZE) this.chapterMemo.clear();
      this.chapterMemo.set(description, found);
    }
    return found;
  }

  /** HS chapters whose texts use a (folded) word, or undefined for a word the nomenclature never uses. */
  chaptersOf(word: string): ReadonlySet<string> | undefined {
    const posting = this.postings.get(word);
    if (!posting) return undefined;
    posting.chapters ??= new Set(posting.ids.map((id) => this.codes[id]!.slice(0, 2)));
    return posting.chapters;
  }

  private add(
    entry: HsIndexEntry,
    { wordsOf, scratch: weights }: { wordsOf: (text: string) => string[]; scratch: Map<string, number> },
  ): void {
    const id = this.codes.length;
    this.codes.push(entry.code);
    weights.clear();
    const note = (text: string, weight: number) => {
      for (const word of wordsOf(text)) weights.set(word, (weights.get(word) ?? 0) + weight);
    };
    note(entry.description, OWN_WEIGHT);
    note(entry.headingDescription, HEADING_WEIGHT);
    note(entry.chapterDescription, CHAPTER_WEIGHT);
    for (const [word, weight] of weights) {
      const posting = this.postings.get(word);
      if (posting) {
        posting.ids.push(id);
        posting.weights.push(weight);
      } else this.postings.set(word, { ids: [id], weights: [weight], idf: 0 });
    }
  }

  private rank(text: string, only: ReadonlySet<string> | undefined, limit: number): HsMatch[] {
    const scores = new Map<number, number>();
    for (const word of this.queryWords(text)) {
      const posting = this.postings.get(word);
      if (!posting) continue;
      for (let index = 0; index < posting.ids.length; index++) {
        const id = posting.ids[index]!;
        if (only && !only.has(this.codes[id]!)) continue;
        scores.set(id, (scores.get(id) ?? 0) + posting.idf * posting.weights[index]!);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id, score]) => ({ code: this.codes[id]!, score }));
  }
}
