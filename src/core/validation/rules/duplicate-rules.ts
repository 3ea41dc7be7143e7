import { present } from '../declaration-values.js';
import type { DeclarationRule, FindingFacts } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';

type DuplicateFacts = FindingFacts & { reference: string; version: number };

const ALWAYS = 'declarations checked against the store (the caller gives the content hash)';

export const changedOriginal: DeclarationRule<DuplicateFacts> = {
  id: 'DUP-CHANGED-ORIGINAL',
  severity: 'error',
  category: 'duplicate',
  element: 'functionCode',
  title: 'A changed declaration is sent as an amendment',
  appliesTo: ALWAYS,
  scope: 'declaration',
  message: ({ reference, version }) =>
    `We already have a declaration with ${reference} (version ${version}), and this one differs from it, yet it is sent as a new original.`,
  fix: () =>
    'If you are correcting that declaration, send it as an amendment (message function 13). If it is a different shipment, give it a reference of its own.',
  example: { path: 'functionCode', value: '9', reference: 'your reference LRN24-00000042', version: 1 },
  check(declaration, run) {
    const existing = run.context.existing;
    if (!existing || run.context.contentHash === undefined || run.amends) return;
    if (existing.contentHash === run.context.contentHash || !run.isOriginal) return;
    run.report(changedOriginal, {
      path: 'functionCode',
      value: declaration.functionCode,
      reference: referenceText(run),
      version: existing.version,
    });
  },
};

export const sameContent: DeclarationRule<DuplicateFacts> = {
  id: 'DUP-SAME-CONTENT',
  severity: 'warning',
  category: 'duplicate',
  element: 'functionalReferenceId',
  title: 'Not sent twice',
  appliesTo: ALWAYS,
  scope: 'declaration',
  message: ({ reference, version }) =>
    `This declaration (${reference}) is identical to the one we already have (version ${version}); it was not stored again.`,
  fix: () =>
    'Nothing to do. To correct the declaration, change the data and send it as an amendment (message function 13).',
  example: { path: 'functionalReferenceId', reference: 'your reference LRN24-00000042', version: 1 },
  check(_declaration, run) {
    const existing = run.context.existing;
    if (!existing || existing.contentHash !== run.context.contentHash) return;
    run.report(sameContent, {
      path: 'functionalReferenceId',
      reference: referenceText(run),
      version: existing.version,
    });
  },
};

export const amendmentWithoutOriginal: DeclarationRule<DuplicateFacts> = {
  id: 'DUP-AMENDMENT-WITHOUT-ORIGINAL',
  severity: 'warning',
  category: 'duplicate',
  element: 'functionCode',
  title: 'An amendment refers to a declaration we have',
  appliesTo: ALWAYS,
  scope: 'declaration',
  message: ({ reference }) =>
    `This is a change to an earlier declaration, but we have no declaration with ${reference}.`,
  fix: () =>
    'Check the reference (LRN) or movement reference number (MRN) against the original; if the original was never sent, send this one as an original (message function 9).',
  example: { path: 'functionCode', value: '13', reference: 'movement reference number 24GB34F7Y1O2CX8PT4', version: 0 },
  check(declaration, run) {
    if (!run.amends || run.context.contentHash === undefined || run.context.existing) return;
    run.report(amendmentWithoutOriginal, {
      path: 'functionCode',
      value: declaration.functionCode,
      reference: referenceText(run),
      version: 0,
    });
  },
};

function referenceText(run: ValidationRun): string {
  const { functionalReferenceId, mrn } = run.declaration;
  if (present(functionalReferenceId)) return `your reference ${functionalReferenceId.trim()}`;
  if (present(mrn)) return `movement reference number ${mrn.trim()}`;
  return 'the same content';
}

export const DUPLICATE_RULES = [changedOriginal, sameContent, amendmentWithoutOriginal];
