import type { SourceFormat } from '../core/model/record.js';
import type { CsvMapping } from './csv/csv-mapping.js';
import type { XmlSchemaCheck } from './xsd/xml-schema-check.js';

/** How a message is decoded. Every field is optional: content detection and the bundled mappings do the rest. */
export interface DecodeOptions {
  /** Skip content detection (e.g. when the HTTP Content-Type is trusted). */
  format?: SourceFormat;
  /** CSV: use this mapping (by `name`) instead of recognising one from the header. */
  csvMapping?: string;
  /** CSV: the mappings to choose from; default: the files in the repository's `mappings/` folder. */
  csvMappings?: readonly CsvMapping[];
  /**
   * Largest raw unit (one XML declaration document, one JSON document or NDJSON line, one CSV record)
   * in bytes; beyond it the unit is a `too-large` problem. Default 16 MiB.
   */
  maxUnitBytes?: number;
  /**
   * WCO XML strict mode: check each declaration document against the bundled XSDs as well, and
   * turn every schema error into a problem (off by default). Build it once with `createWcoXsdCheck()`.
   */
  xsdCheck?: XmlSchemaCheck;
}

export const DEFAULT_MAX_UNIT_BYTES = 16 * 1024 * 1024;
