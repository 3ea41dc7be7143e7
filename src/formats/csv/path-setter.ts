type Key = string | number;

/** Sets a value at a compiled path, creating objects and arrays on the way. */
export type PathSetter = (root: Record<string, unknown>, value: unknown) => void;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Compiles `['goodsItems', '*', 'classifications', '0', 'id']`; `*` stands for `itemIndex`
 * (0 for a row's own item). Runs for every mapped cell: each path gets its own generated
 * function with constant keys, so property access stays monomorphic instead of going through
 * one shared loop that sees every key. Keys are checked identifiers or numbers and are emitted
 * as JSON literals, so mapping files cannot inject code.
 */
export function compileSetter(segments: readonly string[], itemIndex = 0): PathSetter {
  const keys: Key[] = segments.map((segment) => {
    if (segment === '*') return itemIndex;
    if (/^\d+$/.test(segment)) return Number(segment);
    if (!IDENTIFIER.test(segment)) throw new Error(`not a path segment: ${JSON.stringify(segment)}`);
    return segment;
  });
  const lines: string[] = ['let n0 = root;'];
  for (let i = 0; i < keys.length - 1; i++) {
    const key = JSON.stringify(keys[i]);
    const empty = typeof keys[i + 1] === 'number' ? '[]' : '{}';
    lines.push(
      `let n${i + 1} = n${i}[${key}];`,
      `if (n${i + 1} === undefined) { n${i + 1} = ${empty}; n${i}[${key}] = n${i + 1}; }`,
    );
  }
  lines.push(`n${keys.length - 1}[${JSON.stringify(keys[keys.length - 1])}] = value;`);
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- generated from validated keys, see above
  return new Function('root', 'value', lines.join('\n')) as PathSetter;
}
