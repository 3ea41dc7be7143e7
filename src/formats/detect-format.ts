import type { SourceFormat } from '../core/model/record.js';
import { sniffBom } from './text-encoding.js';
import { looksLikeCsvHeader } from './csv/csv-header.js';

/**
 * The format of a message, from its first bytes (after any byte-order mark): XML starts with `<`,
 * JSON with `{` or `[`, EDIFACT with `UNA` or `UNB`, CSV with a header line. `undefined` when none fits.
 */
export function detectFormat(bytes: Uint8Array): SourceFormat | undefined {
  const text = leadingText(bytes);
  const start = text.search(/\S/);
  if (start < 0) return undefined;
  const first = text[start];
  if (first === '<') return 'wco-xml';
  if (first === '{' || first === '[') return 'json';
  if (/^UN[AB]/.test(text.slice(start, start + 3))) return 'edifact';
  return looksLikeCsvHeader(firstLine(text)) ? 'csv' : undefined;
}

/** Up to 64 KiB decoded leniently: enough for a header line, small enough to be cheap. */
function leadingText(bytes: Uint8Array): string {
  const bom = sniffBom(bytes);
  const head = bytes.subarray(bom.length, bom.length + 65_536);
  return new TextDecoder(bom.encoding).decode(head);
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end < 0 ? text : text.slice(0, end)).replace(/\r$/, '');
}
