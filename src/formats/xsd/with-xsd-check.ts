import type { ChunkDecoder } from '../chunk-decoder.js';
import type { DecodeEvent } from '../decode-event.js';
import { decodeProblem } from '../decode-problem.js';
import type { XmlSchemaCheck } from './xml-schema-check.js';

/**
 * Strict mode around a declaration decoder: each decoded declaration's raw document is checked
 * against the XSDs as well; a schema error turns it into problems (one per issue, with the line,
 * element and what the schema expected) instead of a declaration. Problems pass unchanged.
 */
export function withXsdCheck(decoder: ChunkDecoder, xsd: XmlSchemaCheck): ChunkDecoder {
  const strict = (events: Iterable<DecodeEvent>): DecodeEvent[] => [...events].flatMap((event) => checked(event, xsd));
  return { push: (chunk) => strict(decoder.push(chunk)), end: () => strict(decoder.end()) };
}

function checked(event: DecodeEvent, xsd: XmlSchemaCheck): DecodeEvent[] {
  if (event.kind !== 'declaration') return [event];
  const issues = xsd.check(event.raw.body);
  if (issues.length === 0) return [event];
  return issues.map((issue) =>
    decodeProblem(event.format, 'schema-violation', {
      message: `XSD (strict mode), declaration ${event.position}: ${issue.message}`,
      line: issue.line,
      ...(issue.element === undefined ? {} : { element: issue.element }),
      position: event.position,
      raw: event.raw,
    }),
  );
}
