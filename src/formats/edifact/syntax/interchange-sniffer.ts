import { LEVEL_B_SEPARATORS, parseUna, DEFAULT_SEPARATORS_V3, type Separators } from './separators.js';

/** What the first bytes of an interchange say about its service characters. */
export interface InterchangeStart {
  /** Bytes before the first segment (byte order mark, whitespace, UNA). */
  skip: number;
  separators: Separators;
  una: boolean;
  /** UNA position 5 (repetition separator in syntax 4), when there is a UNA. */
  position5?: string;
  bom: boolean;
  /** Plain-language problems with the UNA. */
  problems: string[];
}

/** Bytes needed to decide: BOM (3), UNA (9), plus some leading whitespace. */
export const SNIFF_BYTES = 64;

const BOM = [0xef, 0xbb, 0xbf];
const isSpace = (b: number | undefined) => b === 0x20 || b === 0x0d || b === 0x0a || b === 0x09;

/** Looks at the start of an interchange: UNA advice, level B information separators, or the defaults. */
export function sniffInterchange(head: Buffer): InterchangeStart {
  let skip = 0;
  const bom = BOM.every((b, i) => head[i] === b);
  if (bom) skip = 3;
  while (isSpace(head[skip])) skip++;
  const tag = head.toString('latin1', skip, skip + 3);
  if (tag === 'UNA' && head.length >= skip + 9) {
    const una = parseUna(head.toString('latin1', skip, skip + 9));
    skip += 9;
    while (isSpace(head[skip]) && !una.separators.segment.includes(String.fromCharCode(head[skip]!))) skip++;
    return { skip, separators: una.separators, una: true, position5: una.position5, bom, problems: una.problems };
  }
  if (tag === 'UNB' && head[skip + 3] === LEVEL_B_SEPARATORS.element.charCodeAt(0)) {
    return { skip, separators: { ...LEVEL_B_SEPARATORS }, una: false, bom, problems: [] };
  }
  return { skip, separators: { ...DEFAULT_SEPARATORS_V3 }, una: false, bom, problems: [] };
}
