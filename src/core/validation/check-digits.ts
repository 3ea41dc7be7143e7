/**
 * ISO 6346 letter values: A=10, then counting up but skipping multiples of 11 (11, 22, 33).
 * The same scheme computes the check digit of EU/UK movement reference numbers (MRN).
 */
const LETTER_VALUES = (() => {
  const values = new Int8Array(26);
  let value = 10;
  for (let letter = 0; letter < 26; letter++) {
    if (value % 11 === 0) value++;
    values[letter] = value++;
  }
  return values;
})();

/**
 * The ISO 6346 check digit (0-9) of `text` (capital letters and digits), or of its first `length`
 * characters; -1 when it has another character.
 */
export function iso6346CheckDigit(text: string, length = text.length): number {
  let sum = 0;
  let weight = 1;
  for (let index = 0; index < length; index++) {
    const code = text.charCodeAt(index);
    const value = code >= 48 && code <= 57 ? code - 48 : code >= 65 && code <= 90 ? LETTER_VALUES[code - 65]! : -1;
    if (value < 0) return -1;
    sum += value * weight;
    weight *= 2;
  }
  return (sum % 11) % 10;
}

/** Only capital letters A-Z and digits 0-9. */
export function isUpperAlphanumeric(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 90))) return false;
  }
  return true;
}

export function isLetter(code: number): boolean {
  return code >= 65 && code <= 90;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Only digits from `start` to the end, and at least one. */
export function isDigitsFrom(text: string, start: number): boolean {
  if (start >= text.length) return false;
  for (let index = start; index < text.length; index++) if (!isDigitCode(text.charCodeAt(index))) return false;
  return true;
}
