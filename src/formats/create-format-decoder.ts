import type { SourceFormat } from '../core/model/record.js';
import type { ChunkDecoder } from './chunk-decoder.js';
import { createCsvDecoder } from './csv/csv-decoder.js';
import type { DecodeOptions } from './decode-options.js';
import { createEdifactDecoder } from './edifact/edifact-decoder.js';
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
      // EDIFACT: CUSDEC (and the other UN/EDIFACT messages) through src/formats/edifact/.
      return createEdifactDecoder(options);
  }
}
