import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileDirectory } from '../../../src/formats/edifact/directory/compile/compile-directory.js';
import {
  readDirectorySources,
  toCompactJson,
} from '../../../src/formats/edifact/directory/compile/read-directory-sources.js';
import { DIRECTORY_FILES } from '../../../src/formats/edifact/directory/directory-files.js';
import type { StructureNode } from '../../../src/formats/edifact/directory/directory-types.js';
import { EdifactDirectory, parseRepresentation } from '../../../src/formats/edifact/directory/edifact-directory.js';

const sources = fileURLToPath(new URL('../../fixtures/edifact-directory', import.meta.url));
const bundled = fileURLToPath(new URL('../../../src/formats/edifact/directory/', import.meta.url));

const groupIds = (nodes: StructureNode[]): string[] =>
  nodes.flatMap((node) => (node.length === 4 ? [node[0], ...groupIds(node[3])] : []));

describe('compiled UN/EDIFACT directory', () => {
  it('is exactly what the compiler makes of the UNTDID XML (nothing edited by hand)', () => {
    const compiled = compileDirectory(readDirectorySources(sources));
    for (const [part, file] of Object.entries(DIRECTORY_FILES)) {
      expect(readFileSync(`${bundled}${file}`, 'utf8'), file).toBe(
        toCompactJson(compiled[part as keyof typeof compiled]),
      );
    }
  });

  const directory = EdifactDirectory.bundled();

  it('holds the customs message structures of D.95B to D.03B', () => {
    const keys = [
      'CUSDEC:D:96B',
      'CUSDEC:D:99B',
      'CUSDEC:D:01B',
      'CUSRES:D:96B',
      'CUSCAR:D:95B',
      'CUSCAR:D:99A',
      'CUSCAR:D:03B',
      'PAXLST:D:03B',
    ];
    for (const key of keys)
      expect(directory.structure(...(key.split(':') as [string, string, string])), key).toBeDefined();
    const cusdec = directory.structure('CUSDEC', 'D', '96B')!;
    expect(groupIds(cusdec)).toHaveLength(50);
    expect(cusdec.find((node) => node[0] === 'SG30')).toEqual([
      'SG30',
      0,
      9999,
      expect.arrayContaining([['CST', 1, 1]]),
    ]);
    expect(directory.messageTypes('D', '95B')).toEqual(['CUSCAR']);
  });

  it('knows segments, composites, element formats and code lists of D.96B', () => {
    const moa = directory.segment('MOA', 'D96B', 3)!;
    expect(moa).toMatchObject({ service: false, borrowed: false, definition: { elements: [['C516', 1]] } });
    expect(moa.directory.composites.C516!.components).toEqual([
      ['5025', 1],
      ['5004', 0],
      ['6345', 0],
      ['6343', 0],
      ['4405', 0],
    ]);
    expect(directory.representation(moa.directory, '5004')).toEqual({ type: 'n', min: 0, max: 18 });
    expect(directory.element(moa.directory, '1001')?.name).toBe('document/message name coded');
    expect(directory.codes('3227')?.has('36')).toBe(true);
    expect(directory.segment('MOA', 'D99A', 3)?.borrowed).toBe(true);
    expect(directory.serviceCodeName('0085', '29')).toBe('Control count does not match number of instances received');
  });

  it('has the service segments of syntax versions 3 and 4', () => {
    const v3 = directory.segment('UNB', '', 3)!;
    const v4 = directory.segment('UNB', '', 4)!;
    expect(directory.representation(v3.directory, '0017')).toEqual({ type: 'n', min: 6, max: 6 });
    expect(directory.representation(v4.directory, '0017')).toEqual({ type: 'n', min: 8, max: 8 });
    expect(v4.directory.composites.S001!.components.map(([id]) => id)).toEqual(['0001', '0002', '0080', '0133']);
    expect(directory.structure('CONTRL', '4', '1')).toBeDefined();
  });

  it('reads representations', () => {
    expect(parseRepresentation('an..35')).toEqual({ type: 'an', min: 0, max: 35 });
    expect(parseRepresentation('a3')).toEqual({ type: 'a', min: 3, max: 3 });
    expect(() => parseRepresentation('x9')).toThrow('bad representation');
  });
});
