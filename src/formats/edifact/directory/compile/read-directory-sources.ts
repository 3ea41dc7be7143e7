import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DirectorySources } from './compile-directory.js';

/** Release whose segment, composite, element and code definitions are bundled in full. */
export const FULL_RELEASE = 'D96B';

/**
 * Reads the UNTDID XML tree laid out as in `test/fixtures/edifact-directory`:
 * `<release>/segments.xml`, `codes.xml`, `service_codes_v3.xml` and `<release>/messages/*.xml`.
 */
export function readDirectorySources(root: string): DirectorySources {
  const read = (...parts: string[]) => readFileSync(join(root, ...parts), 'utf8');
  const releases = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && /^D\d\d[A-Z]$/.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const messageXmls = releases.flatMap((release) =>
    readdirSync(join(root, release, 'messages'))
      .filter((file) => file.endsWith('.xml'))
      .sort()
      .map((file) => read(release, 'messages', file)),
  );
  return {
    release: FULL_RELEASE,
    segmentsXml: read(FULL_RELEASE, 'segments.xml'),
    codesXml: read(FULL_RELEASE, 'codes.xml'),
    serviceCodesXml: read(FULL_RELEASE, 'service_codes_v3.xml'),
    messageXmls,
  };
}

/** One top-level key per line: compact, yet a recompilation gives a readable diff. */
export function toCompactJson(value: object): string {
  const lines = Object.entries(value).map(([key, entry]) => `${JSON.stringify(key)}:${JSON.stringify(entry)}`);
  return `{\n${lines.join(',\n')}\n}\n`;
}
