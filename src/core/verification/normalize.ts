/**
 * Normalisation of references and party names, so that two administrations' spellings of the
 * same thing compare equal: references keep letters and digits only; names lose case, accents,
 * punctuation and legal forms ("Acme Trading Co., Ltd." and "ACME TRADING COMPANY LIMITED" agree).
 */

const LEGAL_FORMS = new Set(
  (
    'LTD LIMITED CO COMPANY CORP CORPORATION INC INCORPORATED LLC LLP PLC GMBH AG KG OHG SA SAS SARL SRL SPA ' +
    'BV NV OY AB AS APS SPZOO SP ZOO OOO ZAO PAO JSC OJSC PTE PTY BHD SDN KK KFT DOO AD EOOD SE THE AND OF ' +
    'TRADING TRADE INTERNATIONAL INTL GROUP HOLDING HOLDINGS ENTERPRISE ENTERPRISES INDUSTRIAL INDUSTRY'
  ).split(' '),
);

/** `msc-udb 592345` → `MSCUDB592345`; empty when nothing is left. */
export function normalizeReference(value: string | undefined): string {
  if (!value) return '';
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Tokens of a party name that identify it (legal forms and filler words dropped), sorted. */
export function nameTokens(value: string | undefined): string[] {
  if (!value) return [];
  const plain = value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    // Dotted abbreviations are one word: G.m.b.H. is GMBH, S.A. is SA.
    .replace(/\b([A-Z])\.(?=[A-Z]\b|[A-Z]\.)/g, '$1')
    .replace(/&/g, ' AND ')
    .replace(/[^A-Z0-9]+/g, ' ');
  // Lone letters (initials, a split "S A") identify nobody.
  const all = plain.split(' ').filter((token) => token.length > 1);
  const tokens = all.filter((token) => !LEGAL_FORMS.has(token));
  // A name made only of generic words ("International Trading Co") keeps them rather than vanish.
  return [...new Set(tokens.length > 0 ? tokens : all)].sort();
}

/** One string per party name: the identifying tokens joined by a space. */
export function normalizeName(value: string | undefined): string {
  return nameTokens(value).join(' ');
}

/**
 * Similarity of two normalised names in [0, 1]: the Dice coefficient of their character
 * bigrams, which forgives a typo; or, when higher, how well the words of the shorter name are
 * found in the longer one ("ROVEL" against "PAPER ROVEL"), which forgives a dropped word.
 */
export function nameSimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  return profileSimilarity(nameProfile(a), nameProfile(b));
}

/** `nameSimilarity` on profiles computed beforehand (`nameProfile`), for inner loops. */
export function profileSimilarity(left: NameProfile, right: NameProfile): number {
  if (left.text === right.text) return left.text === '' ? 0 : 1;
  if (left.text === '' || right.text === '') return 0;
  const whole = dice(left.bigrams, right.bigrams);
  // Below 0.3 the names share too little for a dropped word to explain it.
  if (whole >= 0.8 || whole < 0.3 || (left.words.length === 1 && right.words.length === 1)) return whole;
  return Math.max(whole, 0.95 * containment(left, right));
}

/** A normalised name prepared for comparison: its bigrams and each word's. */
export interface NameProfile {
  text: string;
  bigrams: Uint32Array;
  words: Uint32Array[];
}

function containment(a: NameProfile, b: NameProfile): number {
  const [short, long] = a.bigrams.length <= b.bigrams.length ? [a, b] : [b, a];
  let total = 0;
  for (const word of short.words) {
    let best = 0;
    for (const other of long.words) best = Math.max(best, dice(word, other));
    total += best;
  }
  return total / short.words.length;
}

function dice(left: Uint32Array, right: Uint32Array): number {
  if (left.length === 0 || right.length === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    const x = left[i]!;
    const y = right[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return (2 * shared) / (left.length + right.length);
}

const MAX_PROFILES = 100_000;
const profiles = new Map<string, NameProfile>();

/** Sorted bigram codes of a name and of each word, cached: matching compares the same names often. */
export function nameProfile(text: string): NameProfile {
  let profile = profiles.get(text);
  if (profile) return profile;
  profile = createNameProfile(text);
  if (profiles.size >= MAX_PROFILES) profiles.clear();
  profiles.set(text, profile);
  return profile;
}

/** A name profile, not cached: for callers that keep their own (one per record). */
export function createNameProfile(text: string): NameProfile {
  return { text, bigrams: bigrams(text), words: text.split(' ').map(bigrams) };
}

function bigrams(text: string): Uint32Array {
  const out = new Uint32Array(Math.max(0, text.length - 1));
  for (let i = 0; i < text.length - 1; i++) out[i] = (text.charCodeAt(i) << 16) | text.charCodeAt(i + 1);
  return out.sort();
}

/** Digits of a commodity code (dots, spaces dropped). */
export function hsDigits(code: string | undefined): string {
  return (code ?? '').replace(/\D/g, '');
}

/** Days since 1970-01-01 (UTC) of an ISO date or date-time; NaN when unreadable. */
export function dayOf(date: string | undefined): number {
  if (!date || date.length < 10) return Number.NaN;
  const ms = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Number.isFinite(ms) ? Math.floor(ms / 86_400_000) : Number.NaN;
}

/** `YYYY-MM-DD` of a day number. */
export function dateOfDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
