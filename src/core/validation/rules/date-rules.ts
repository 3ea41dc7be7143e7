import type { Declaration } from '../../model/declaration-schema.js';
import { formatCalendarDate, ONE_DAY_MS, parseCalendarDate } from '../../reference/calendar-date.js';
import { quoted } from '../plain-text.js';
import type { DeclarationRule, FindingFacts } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';

type DateFacts = FindingFacts & { value: string; what: string };

/** Older than this is not a declaration being lodged but a typing error (or an archive, which gets a warning). */
const TOO_OLD_MS = 10 * 365.25 * ONE_DAY_MS;

export const dateUnreadable: DeclarationRule<DateFacts> = {
  id: 'DATE-UNPARSEABLE',
  severity: 'error',
  category: 'date',
  element: 'issueDate',
  title: 'Dates readable',
  appliesTo: 'declaration, acceptance and document dates',
  scope: 'declaration',
  message: ({ value, what }) => `The ${what} ${quoted(value)} is not a date we can read.`,
  fix: () => 'Write dates as year-month-day, for example 2024-03-04.',
  example: { path: 'issueDate', value: '31/02/2024', what: 'declaration date' },
  check(declaration, run) {
    const { issueDate, acceptanceDate } = declaration;
    if (isUnreadable(issueDate))
      run.report(dateUnreadable, { path: 'issueDate', value: issueDate, what: 'declaration date' });
    if (isUnreadable(acceptanceDate))
      run.report(dateUnreadable, { path: 'acceptanceDate', value: acceptanceDate, what: 'acceptance date' });
    documentDates(declaration, run);
  },
};

export const dateInFuture: DeclarationRule<DateFacts & { today: string }> = {
  id: 'DATE-FUTURE',
  severity: 'error',
  category: 'date',
  element: 'issueDate',
  title: 'Declaration date not in the future',
  appliesTo: 'declarations with a readable declaration or acceptance date',
  scope: 'declaration',
  message: ({ value, what, today }) => `The ${what} ${value} is in the future (today is ${today}).`,
  fix: () => 'Give the date the declaration was made out, which cannot be later than today.',
  example: { path: 'issueDate', value: '2031-01-05', what: 'declaration date', today: '2024-06-01' },
  check(declaration, run) {
    // A day of slack: the filer's time zone may already be tomorrow.
    const limit = run.nowMs + ONE_DAY_MS;
    if (run.issueMs > limit)
      run.report(dateInFuture, {
        path: 'issueDate',
        value: declaration.issueDate!,
        what: 'declaration date',
        today: formatCalendarDate(run.nowMs),
      });
    if (run.acceptanceMs > limit)
      run.report(dateInFuture, {
        path: 'acceptanceDate',
        value: declaration.acceptanceDate!,
        what: 'acceptance date',
        today: formatCalendarDate(run.nowMs),
      });
  },
};

export const dateTooOld: DeclarationRule<DateFacts> = {
  id: 'DATE-TOO-OLD',
  severity: 'warning',
  category: 'date',
  element: 'issueDate',
  title: 'Declaration date plausible (not over ten years old)',
  appliesTo: 'declarations with a readable declaration date',
  scope: 'declaration',
  message: ({ value }) => `The declaration date ${value} is more than ten years ago.`,
  fix: () => 'Check the year of the declaration date; if you are sending archived declarations, nothing to do.',
  example: { path: 'issueDate', value: '2004-03-04', what: 'declaration date' },
  check(declaration, run) {
    if (run.dateSource === 'issue' && run.dateMs < run.nowMs - TOO_OLD_MS)
      run.report(dateTooOld, { path: 'issueDate', value: declaration.issueDate!, what: 'declaration date' });
  },
};

export const acceptedBeforeIssued: DeclarationRule<DateFacts & { issued: string }> = {
  id: 'DATE-ACCEPTANCE-BEFORE-ISSUE',
  severity: 'error',
  category: 'date',
  element: 'acceptanceDate',
  title: 'Accepted after it was made out',
  appliesTo: 'declarations with both dates readable',
  scope: 'declaration',
  message: ({ value, issued }) =>
    `The declaration was accepted on ${value}, before the date it was made out (${issued}).`,
  fix: () => 'Check both dates: the acceptance date cannot come before the declaration date.',
  example: { path: 'acceptanceDate', value: '2024-03-01', issued: '2024-03-04', what: 'acceptance date' },
  check(declaration, run) {
    if (run.acceptanceMs < run.issueMs)
      run.report(acceptedBeforeIssued, {
        path: 'acceptanceDate',
        value: declaration.acceptanceDate!,
        issued: declaration.issueDate!,
        what: 'acceptance date',
      });
  },
};

function isUnreadable(value: string | undefined): value is string {
  return value !== undefined && value.trim() !== '' && Number.isNaN(parseCalendarDate(value.trim()));
}

function documentDates(declaration: Declaration, run: ValidationRun): void {
  const documents = declaration.documents;
  if (documents)
    for (let index = 0; index < documents.length; index++) {
      const value = documents[index]!.effectiveDate;
      if (isUnreadable(value))
        run.report(dateUnreadable, { path: `documents[${index}].effectiveDate`, value, what: 'document date' });
    }
  const items = declaration.goodsItems;
  for (let index = 0; index < items.length; index++) {
    const itemDocuments = items[index]!.documents;
    if (!itemDocuments) continue;
    for (let position = 0; position < itemDocuments.length; position++) {
      const value = itemDocuments[position]!.effectiveDate;
      if (isUnreadable(value))
        run.report(dateUnreadable, {
          path: `goodsItems[${index}].documents[${position}].effectiveDate`,
          value,
          what: 'document date',
        });
    }
  }
}

export const DATE_RULES = [dateUnreadable, dateInFuture, dateTooOld, acceptedBeforeIssued];
