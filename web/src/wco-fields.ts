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
          group: classed ? `${node?.['x-wco-id']} · ${singular(node?.['x-label'])} ${index + 1}` : group,
        });
      });
      return;
    }
    if (typeof value === 'object') {
      const classId = node?.['x-wco-id'];
      const inner =
        classId && /^[0-9]{2}[A-Z]$/.test(classId) && path !== '' && !group.startsWith(classId)
          ? `${classId} · ${node?.['x-label']}`
          : group;
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

const singular = (label: string | undefined) => (label ?? '').replace(/s$/, '');
