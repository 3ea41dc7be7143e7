import type { RiskInput } from '../risk-input.js';

/** Categorical fields that enter the model as integer codes. */
export const CODED_FIELDS = [
  'office',
  'processType',
  'importType',
  'importUse',
  'paymentType',
  'transportMode',
  'declarantId',
  'importerId',
  'sellerId',
  'carrierId',
  'hs6',
  'hs4',
  'chapter',
  'departureCountry',
  'originCountry',
  'taxType',
  'originIndicator',
] as const satisfies readonly (keyof RiskInput)[];

export type CodedField = (typeof CODED_FIELDS)[number];

/**
 * Label-free encoder fitted on the training period only: for each categorical field, its values
 * ordered by how often they occur (ties by value), so that code 0 is the most common value and
 * rare values sit together at the end, where a tree can treat them as one group. Values first
 * seen after training have no code (missing). It is part of the model, like the bin edges.
 */
export interface CategoryCodebook {
  fields: Record<CodedField, string[]>;
}

export interface CategoryIndex {
  maps: Map<string, number>[];
}

export function fitCategoryCodebook(inputs: readonly RiskInput[]): CategoryCodebook {
  const fields = {} as Record<CodedField, string[]>;
  for (const field of CODED_FIELDS) {
    const counts = new Map<string, number>();
    for (const input of inputs) {
      const value = input[field];
      if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    fields[field] = [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([value]) => value);
  }
  return { fields };
}

export function indexCategoryCodebook(codebook: CategoryCodebook): CategoryIndex {
  return { maps: CODED_FIELDS.map((field) => new Map(codebook.fields[field].map((value, i) => [value, i]))) };
}
