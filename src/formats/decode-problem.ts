import type { SourceFormat } from '../core/model/record.js';
import type { DecodeProblem, DecodeProblemCode } from './decode-event.js';

/** What a problem says and where it happened. */
export type ProblemDetails = Omit<DecodeProblem, 'kind' | 'format' | 'code'>;

export function decodeProblem(
  format: SourceFormat | 'unknown',
  code: DecodeProblemCode,
  details: ProblemDetails,
): DecodeProblem {
  return { kind: 'problem', format, code, ...details };
}

/** Quotes a value for a message, cut to a readable length. */
export function quoteValue(value: unknown): string {
  const text =
    typeof value === 'number' && !Number.isFinite(value)
      ? String(value)
      : typeof value === 'string'
        ? JSON.stringify(value)
        : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}..."` : text;
}
