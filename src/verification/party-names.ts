import { SeededRandom, hashString } from './seeded-random.js';

const SYLLABLES = 'ka ko ri ta mo sen vel dar lin mar tes no pa qu ro sa tu vi zen bor hal jin kel lum'.split(' ');
const SECTORS = [
  'Textiles',
  'Electronics',
  'Foods',
  'Chemicals',
  'Machinery',
  'Logistics',
  'Metals',
  'Plastics',
  'Furniture',
  'Pharma',
  'Motors',
  'Paper',
];
const LEGAL_FORMS = ['Co., Ltd.', 'Ltd', 'Inc.', 'Corporation', 'GmbH', 'S.A.', 'LLC', 'Limited'];
const LEGAL_VARIANTS: Record<string, string[]> = {
  'Co., Ltd.': ['CO LTD', 'Company Limited', 'Co Ltd'],
  Ltd: ['LIMITED', 'Ltd.'],
  'Inc.': ['INC', 'Incorporated'],
  Corporation: ['Corp.', 'CORP'],
  GmbH: ['G.m.b.H.', 'GMBH'],
  'S.A.': ['SA', 'S A'],
  LLC: ['L.L.C.', 'Llc'],
  Limited: ['Ltd', 'LTD.'],
};

/**
 * A company name invented from an entity id, the same every time: an invented word (so that
 * two traders rarely share one), a sector and a legal form. "Korivel Textiles Co., Ltd."
 */
export function inventName(entityId: string): string {
  const random = new SeededRandom(hashString(entityId));
  const syllables = random.int(2, 3);
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(SYLLABLES);
  word = word[0]!.toUpperCase() + word.slice(1);
  return `${word} ${random.pick(SECTORS)} ${random.pick(LEGAL_FORMS)}`;
}

/** How another administration may have typed the same name: case, legal form, a typo, a dropped word. */
export function nameVariant(name: string, random: SeededRandom): string {
  const parts = name.split(' ');
  const legal = LEGAL_FORMS.find((form) => name.endsWith(form));
  let words = legal ? name.slice(0, -legal.length).trim().split(' ') : parts;
  let form = legal ?? '';
  if (legal && random.chance(0.5)) form = random.pick(LEGAL_VARIANTS[legal] ?? [legal]);
  if (random.chance(0.15) && words[0]!.length > 4) words[0] = typo(words[0]!, random);
  if (random.chance(0.1) && words.length > 1) words = words.slice(0, 1);
  const text = `${words.join(' ')} ${form}`.trim();
  return random.chance(0.5) ? text.toUpperCase() : text;
}

function typo(word: string, random: SeededRandom): string {
  const at = random.int(1, word.length - 2);
  return random.chance(0.5)
    ? word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2)
    : word.slice(0, at) + word.slice(at + 1);
}
