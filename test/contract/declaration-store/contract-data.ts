import type { Declaration, GoodsItem } from '../../../src/core/model/declaration-schema.js';
import type { RawMessage, RecordStatus } from '../../../src/core/model/record.js';
import type { DeclarationStore, NewDeclarationVersion } from '../../../src/core/ports/declaration-store.js';
import { buildDeclaration, buildSubmission, type RecordOverrides } from '../../support/factories.js';

export interface Shape {
  date?: string;
  lrn?: string;
  mrn?: string;
  importer?: string;
  declarant?: string;
  hs?: string[];
  status?: RecordStatus;
  source?: string;
}

export interface Submission {
  record: NewDeclarationVersion;
  raw: RawMessage;
  shape: Required<Omit<Shape, 'mrn'>> & { mrn?: string };
}

/** A declaration with the query-relevant fields pinned down, the rest realistic. */
export function shaped(shape: Shape, overrides: RecordOverrides = {}): Submission {
  const base = buildDeclaration();
  const template = base.goodsItems[0]!;
  const hs = shape.hs ?? [template.classifications[0]!.id];
  const goodsItems: GoodsItem[] = hs.map((code, index) => ({
    ...template,
    sequence: index + 1,
    classifications: [{ id: code, identificationTypeCode: 'TSP' }],
  }));
  const declarant = shape.declarant ?? base.parties.declarant!.id!;
  const importer = shape.importer ?? base.parties.importer!.id!;
  const declaration: Partial<Declaration> = {
    ...base,
    issueDate: shape.date ?? base.issueDate,
    functionalReferenceId: shape.lrn ?? base.functionalReferenceId,
    ...(shape.mrn ? { mrn: shape.mrn } : {}),
    parties: { ...base.parties, declarant: { id: declarant }, importer: { id: importer } },
    goodsItems,
    goodsItemQuantity: goodsItems.length,
    ...overrides.declaration,
  };
  const source = shape.source ?? 'api';
  const status = shape.status ?? 'accepted';
  const { record, raw } = buildSubmission({
    ...overrides,
    declaration,
    status,
    lineage: { ...overrides.lineage, source },
  });
  const full = {
    date: declaration.issueDate!,
    lrn: declaration.functionalReferenceId!,
    importer,
    declarant,
    hs,
    status,
    source,
    ...(shape.mrn ? { mrn: shape.mrn } : {}),
  };
  return { record, raw, shape: full };
}

/** The same declaration with changed content: the next version under the same key. */
export function amended(previous: NewDeclarationVersion, change: Partial<Declaration>): Submission {
  const declaration = { ...previous.declaration, ...change };
  const { record, raw } = buildSubmission({ declaration });
  return {
    record: { ...record, key: previous.key, id: previous.id },
    raw,
    shape: {
      date: declaration.issueDate ?? '',
      lrn: declaration.functionalReferenceId ?? '',
      importer: declaration.parties.importer?.id ?? '',
      declarant: declaration.parties.declarant?.id ?? '',
      hs: declaration.goodsItems.map((item) => item.classifications[0]!.id),
      status: record.status,
      source: record.lineage.source,
    },
  };
}

export async function appendAll(
  store: DeclarationStore,
  submissions: readonly { record: NewDeclarationVersion; raw: RawMessage }[],
) {
  return store.append(
    submissions.map((s) => s.record),
    submissions.map((s) => s.raw),
  );
}

/** Query order: newest date first, ties by id descending. */
export function newestFirst(a: { date: string; id: string }, b: { date: string; id: string }): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}
