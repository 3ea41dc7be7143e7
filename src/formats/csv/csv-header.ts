export type CsvDelimiter = ',' | ';' | '\t' | '|';

const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t', '|'];

/** The candidate delimiter that occurs most often outside quotes in a header line. */
export function detectDelimiter(line: string): CsvDelimiter | undefined {
  const counts = new Map<string, number>();
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && CANDIDATES.includes(char as CsvDelimiter)) counts.set(char, (counts.get(char) ?? 0) + 1);
  }
  let best: CsvDelimiter | undefined;
  for (const candidate of CANDIDATES) {
    if ((counts.get(candidate) ?? 0) > (best === undefined ? 0 : (counts.get(best) ?? 0))) best = candidate;
  }
  return best;
}

/** Splits one header line (no line break inside) into trimmed column names. */
export function splitHeaderLine(line: string, delimiter: string): string[] {
  const names: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (char === '"') quoted = false;
      else current += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      names.push(current.trim());
      current = '';
    } else current += char;
  }
  names.push(current.trim());
  return names;
}

/**
 * A line of text (no control characters), cut by a delimiter into at least two non-empty names,
 * most of them words rather than numbers.
 */
export function looksLikeCsvHeader(line: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (line.length === 0 || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(line)) return false;
  const delimiter = detectDelimiter(line);
  if (delimiter === undefined) return false;
  const names = splitHeaderLine(line, delimiter);
  if (names.length < 2 || names.some((name) => name.length === 0)) return false;
  const wordy = names.filter((name) => /\p{L}/u.test(name)).length;
  return wordy * 2 >= names.length;
}
