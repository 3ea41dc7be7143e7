/** One step of a canonical path: a member name, optionally marked `[]` (every element of an array). */
export interface PathSegment {
  name: string;
  array: boolean;
}

/**
 * A node of a compiled allow list. `all` grants the whole subtree; otherwise only the
 * listed children are granted. `array` says the member is reached through `[]`.
 */
export interface FieldTrie {
  all: boolean;
  array: boolean;
  children: Map<string, FieldTrie>;
}

const SEGMENT = /^([A-Za-z_][A-Za-z0-9_-]*)(\[\])?$/;

/**
 * Parses an allow-list path such as `goodsItems[].classifications[].id`.
 * Concrete indexes (`goodsItems[0]`) are refused: an agreement grants fields, not positions.
 */
export function parseFieldPath(path: string): PathSegment[] | { error: string } {
  if (path.length === 0) return { error: 'empty path' };
  const segments: PathSegment[] = [];
  for (const part of path.split('.')) {
    const match = SEGMENT.exec(part);
    if (!match)
      return { error: `\`${path}\`: \`${part}\` is not a field name (letters, digits, _ or -, then optional [])` };
    segments.push({ name: match[1]!, array: match[2] !== undefined });
  }
  return segments;
}

const emptyNode = (array: boolean): FieldTrie => ({ all: false, array, children: new Map() });

/** Compiles parsed paths into a trie; a path that ends on an object grants its whole subtree. */
export function compileFieldTrie(paths: readonly PathSegment[][]): FieldTrie {
  const root = emptyNode(false);
  for (const segments of paths) {
    let node = root;
    for (const segment of segments) {
      let child = node.children.get(segment.name);
      if (!child) {
        child = emptyNode(segment.array);
        node.children.set(segment.name, child);
      }
      child.array ||= segment.array;
      node = child;
    }
    node.all = true;
  }
  return root;
}

/** Parses and compiles an allow list, collecting every bad path instead of stopping at the first. */
export function compileAllowList(paths: readonly string[]): { trie: FieldTrie; errors: string[] } {
  const parsed: PathSegment[][] = [];
  const errors: string[] = [];
  for (const path of paths) {
    const result = parseFieldPath(path);
    if ('error' in result) errors.push(result.error);
    else parsed.push(result);
  }
  return { trie: compileFieldTrie(parsed), errors };
}
