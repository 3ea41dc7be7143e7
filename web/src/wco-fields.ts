import schema from '../../schema/declaration.schema.json';

interface Node {
  properties?: Record<string, Node>;
  items?: Node;
  additionalProperties?: Node | boolean;
  'x-wco-id'?: string;
  'x-label'?: string;
}

export interface Field {
  path: string;
  value: string;
  wcoId?: string;
  label: string;
  /** The WCO class the field sits in, with its sequence: "68A · goods item 1". */
  group: string;
}

/**
 * The declaration's filled elements, each with its WCO ID and label from the published schema,
 * grouped by the innermost WCO class (a goods item, a party, the consignment...).
 */
export function wcoFields(declaration: unknown): Field[] {
  const fields: Field[] = [];
  const walk = (value: unknown, node: Node | undefined, at: { path: string; group: string }) => {
    const { path, group } = at;
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((element, index) => {
        const item = node?.items;
        const classed = node?.['x-wco-id'] && /^[0-9]{2}[A-Z]$/.test(node['x-wco-id']);
        walk(element, item, {
          path: `${path}[${index}]`,
          group: classed ? nest(group, `${node?.['x-wco-id']} · ${singular(node?.['x-label'])} ${index + 1}`) : group,
        });
      });
      return;
    }
    if (typeof value === 'object') {
      const classId = node?.['x-wco-id'];
      const isClass = classId !== undefined && /^[0-9]{2}[A-Z]$/.test(classId) && path !== '';
      // A class inside a goods item stays under it: "68A · goods item 1 › 23A · commodity".
      const inner =
        !isClass || group.endsWith(classId) || group.includes(`${classId} ·`)
          ? group
          : nest(group, `${classId} · ${node?.['x-label']}`);
      for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
        const child =
          node?.properties?.[key] ??
          (typeof node?.additionalProperties === 'object' ? node.additionalProperties : undefined);
        walk(member, child, { path: path === '' ? key : `${path}.${key}`, group: inner });
      }
      return;
    }
    fields.push({
      path,
      value: typeof value === 'string' ? value : JSON.stringify(value),
      ...(node?.['x-wco-id'] ? { wcoId: node['x-wco-id'] } : {}),
      label: node?.['x-label'] ?? path.split('.').pop()!,
      group,
    });
  };
  walk(declaration, schema as unknown as Node, { path: '', group: '42A · declaration' });
  return fields;
}

/** Top-level classes start afresh; classes within a goods item (or another repeated class) nest under it. */
function nest(group: string, label: string): string {
  return group.startsWith('42A') ? label : `${group} › ${label}`;
}

/** Header first, then parties, consignment and transport, goods items in order, national data last. */
export function groupOrder(a: string, b: string): number {
  const rank = (group: string) => {
    const id = group.slice(0, 3);
    if (id === '42A') return 0;
    if (id === '03A') return 9;
    if (id === '68A') return 5;
    if (['28A', '15A', '10A', '46A', '64A', '31B'].includes(id)) return 3;
    return 1;
  };
  const sequence = (group: string) => Number(/goods item (\d+)/.exec(group)?.[1] ?? 0);
  return rank(a) - rank(b) || sequence(a) - sequence(b) || a.localeCompare(b);
}

const singular = (label: string | undefined) => (label ?? '').replace(/s$/, '');
