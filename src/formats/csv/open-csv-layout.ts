import type { DecodeProblem } from '../decode-event.js';
import type { DecodeOptions } from '../decode-options.js';
import { decodeProblem } from '../decode-problem.js';
import { describeBadByte } from '../text-encoding.js';
import { findInvalidUtf8 } from '../utf8-check.js';
import { detectDelimiter, splitHeaderLine } from './csv-header.js';
import { bindLayout, type CsvLayout } from './csv-layout.js';
import type { CsvMapping } from './csv-mapping.js';
import { bundledCsvMappings, chooseMapping } from './mapping-registry.js';

export type OpenedLayout = { kind: 'layout'; layout: CsvLayout } | { kind: 'problem'; problem: DecodeProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads the header line, picks the mapping (by name or by the header) and binds it. */
export function openCsvLayout(headerBytes: Uint8Array, options: DecodeOptions): OpenedLayout {
  let line: string;
  try {
    line = utf8.decode(headerBytes);
  } catch {
    const offset = findInvalidUtf8(headerBytes);
    return fail('bad-encoding', `the CSV header line has ${describeBadByte(headerBytes, offset)}`);
  }
  const mappings = options.csvMappings ?? bundledCsvMappings();
  const chosen = pickMapping(mappings, line, options.csvMapping);
  if ('problem' in chosen) return chosen;
  const { mapping, header, delimiter } = chosen;
  const bound = bindLayout(mapping, header, delimiter);
  if (bound.ok) return { kind: 'layout', layout: bound.layout };
  if (bound.missing.length > 0) return missingColumns(mapping, bound.missing, header);
  return fail('unknown-format', `CSV mapping ${mapping.name} cannot be used: ${bound.errors.join('; ')}`);
}

function pickMapping(
  mappings: readonly CsvMapping[],
  line: string,
  name: string | undefined,
): { mapping: CsvMapping; header: string[]; delimiter: string } | { kind: 'problem'; problem: DecodeProblem } {
  const detected = detectDelimiter(line) ?? ',';
  if (name !== undefined) {
    const mapping = mappings.find((candidate) => candidate.name === name);
    if (mapping === undefined) {
      return fail(
        'unknown-format',
        `there is no CSV mapping named ${JSON.stringify(name)}; known: ${mappings.map((m) => m.name).join(', ')}`,
      );
    }
    const delimiter = mapping.delimiter ?? detected;
    return { mapping, header: splitHeaderLine(line, delimiter), delimiter };
  }
  const header = splitHeaderLine(line, detected);
  const choice = chooseMapping(mappings, header);
  if (choice.kind === 'none') {
    return fail(
      'unknown-format',
      `the CSV header matches no column mapping (known: ${mappings.map((m) => m.name).join(', ')}). Columns found: ${quoteList(header)}. Add a mapping file for this layout (docs/csv-mapping.md).`,
    );
  }
  if (choice.kind === 'incomplete') return missingColumns(choice.mapping, choice.missing, header);
  const delimiter = choice.mapping.delimiter ?? detected;
  return {
    mapping: choice.mapping,
    header: delimiter === detected ? header : splitHeaderLine(line, delimiter),
    delimiter,
  };
}

function missingColumns(
  mapping: CsvMapping,
  missing: string[],
  header: string[],
): { kind: 'problem'; problem: DecodeProblem } {
  return fail(
    'missing-column',
    `the CSV lacks ${missing.length === 1 ? 'the required column' : 'the required columns'} ${quoteList(missing)} of layout ${mapping.name}. Columns found: ${quoteList(header)}.`,
    missing.join(', '),
  );
}

function fail(
  code: DecodeProblem['code'],
  message: string,
  element?: string,
): { kind: 'problem'; problem: DecodeProblem } {
  return { kind: 'problem', problem: decodeProblem('csv', code, { message, line: 1, position: 0, element }) };
}

function quoteList(names: readonly string[]): string {
  const shown = names.slice(0, 40).map((name) => JSON.stringify(name));
  return names.length > 40 ? `${shown.join(', ')} and ${names.length - 40} more` : shown.join(', ');
}
