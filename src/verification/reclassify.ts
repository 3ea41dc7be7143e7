import type { SeededRandom } from './seeded-random.js';

/**
 * Another commodity code for the same goods: a different subheading of the same heading
 * (`'6'`), or a different heading of the same chapter (`'4'`), as a misclassification gives.
 */
export function reclassify(hs6: string, level: '6' | '4', random: SeededRandom): string {
  if (hs6.length < 6) return hs6;
  for (let attempt = 0; attempt < 10; attempt++) {
    const candidate =
      level === '6'
        ? `${hs6.slice(0, 4)}${String(random.int(10, 99))}`
        : `${hs6.slice(0, 2)}${String(random.int(1, 99)).padStart(2, '0')}${hs6.slice(4, 6)}`;
    if (candidate !== hs6 && (level === '6' || candidate.slice(0, 4) !== hs6.slice(0, 4))) return candidate;
  }
  return level === '6'
    ? `${hs6.slice(0, 4)}${hs6[4] === '9' ? '1' : '9'}${hs6[5]}`
    : `${hs6.slice(0, 2)}99${hs6.slice(4)}`;
}
