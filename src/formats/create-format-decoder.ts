import type { SourceFormat } from '../core/model/record.js';
import type { ChunkDecoder } from './chunk-decoder.js';
import { createCsvDecoder } from './csv/csv-decoder.js';
import type { DecodeEvent } from './decode-event.js';
import type { DecodeOptions } from './decode-options.js';
import { decodeProblem } from './decode-problem.js';
import { createJsonDecoder } from './json/json-decoder.js';
import { createXmlMessageDecoder } from './xml-message/xml-message-decoder.js';

/** The chunk decoder for a format. */
export function createFormatDecoder(format: SourceFormat, options: DecodeOptions = {}): ChunkDecoder {
  switch (format) {
    case 'json':
      return createJsonDecoder(options);
    case 'csv':
      return createCsvDecoder(options);
    case 'wco-xml':
      // Every XML family (WCO declaration and notification, EU ICS1 ENS, NCTS) is told apart by its elements.
      return createXmlMessageDecoder(options);
    case 'edifact':
      // EDIFACT HOOK: the EDIFACT decoder (src/formats/edifact/) is written separately.
      // Replace this with its chunk decoder once it exists; until then EDIFACT is a problem.
      return unavailable('edifact', 'UN/EDIFACT was recognised (UNA/UNB), but its decoder is not available yet');
  }
}

function unavailable(format: SourceFormat, message: string): ChunkDecoder {
  let reported = false;
  const report = (): DecodeEvent[] => {
    if (reported) return [];
    reported = true;
    return [decodeProblem(format, 'unknown-format', { message })];
  };
  return { push: report, end: report };
}
