import type { PathSegment } from './field-path.js';

/** The slice of a JSON Schema (as TypeBox builds it) that path checking walks. */
interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  patternProperties?: Record<string, SchemaNode>;
  'x-label'?: string;
}

/**
 * Checks that a parsed allow-list path names a real field of the schema, with `[]` exactly
 * where the schema has an array. Returns a plain-language problem, or undefined when it fits.
 */
export function checkPathInSchema(segments: readonly PathSegment[], schema: object): string | undefined {
  let node = schema as SchemaNode;
  let walked = '';
  for (const segment of segments) {
    const child = memberOf(node, segment.name);
    const here = walked === '' ? segment.name : `${walked}.${segment.name}`;
    if (!child) return `\`${here}\`: ${describe(node, walked)} has no field \`${segment.name}\``;
    const isArray = child.type === 'array';
    if (isArray && !segment.array) return `\`${here}\` is a list: write \`${segment.name}[]\``;
    if (!isArray && segment.array) return `\`${here}[]\`: \`${segment.name}\` is not a list: drop the []`;
    node = isArray ? (child.items ?? {}) : child;
    walked = isArray ? `${here}[]` : here;
  }
  return undefined;
}

function memberOf(node: SchemaNode, name: string): SchemaNode | undefined {
  if (node.properties && Object.hasOwn(node.properties, name)) return node.properties[name];
  const patterns = node.patternProperties ? Object.values(node.patternProperties) : [];
  return patterns[0];
}

const describe = (node: SchemaNode, walked: string): string =>
  walked === '' ? 'the declaration' : `\`${walked}\` (${node['x-label'] ?? 'value'})`;
