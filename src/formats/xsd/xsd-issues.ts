import type { XsdIssue } from './xml-schema-check.js';

interface Detail {
  message: string;
  line: number;
}

const MAX_ISSUES = 20;

/** libxml2's parse or validation error → issues in plain words (`{ns}Name` → `<Name>`), at most 20. */
export function xsdIssues(error: unknown): XsdIssue[] {
  const details = detailsOf(error);
  if (details.length === 0)
    return [{ line: 1, message: `line 1: ${error instanceof Error ? error.message.trim() : String(error)}` }];
  return details.slice(0, MAX_ISSUES).map((detail) => {
    const element = /^Element '(?:\{[^}]*\})?([^']+)'/.exec(detail.message)?.[1];
    const what = plain(detail.message.trim());
    return element === undefined
      ? { line: detail.line, message: `line ${detail.line}: ${what}` }
      : { line: detail.line, element, message: `line ${detail.line}, element <${element}>: ${what}` };
  });
}

function detailsOf(error: unknown): Detail[] {
  const details = (error as { details?: unknown } | undefined)?.details;
  if (!Array.isArray(details)) return [];
  return details.filter((detail): detail is Detail => typeof (detail as Detail | undefined)?.message === 'string');
}

/** Drops the element prefix (said apart) and namespaces; says "expected" the way a filer reads it. */
function plain(message: string): string {
  return message
    .replace(/^Element '[^']+'(?:, attribute '([^']+)')?: /, (_all, attribute?: string) =>
      attribute ? `attribute ${attribute}: ` : '',
    )
    .replace(/\{[^}]*\}([\w.-]+)/g, '<$1>')
    .replace(
      /This element is not expected\. Expected is one of \( (.*) \)\./,
      'this element is not expected here; the schema expects one of $1 at this place.',
    )
    .replace(
      /This element is not expected\. Expected is \( (.*) \)\./,
      'this element is not expected here; the schema expects $1 at this place.',
    )
    .replace(
      /Missing child element\(s\)\. Expected is( one of)? \( (.*) \)\./,
      'a required child element is missing; the schema expects $2.',
    )
    .replace(/ is not a valid value of the atomic type '([^']+)'\./, ' is not a valid value of type $1.')
    .replace(/\s+/g, ' ');
}
