import type { StructureNode } from '../directory/directory-types.js';
import type { EdifactDirectory } from '../directory/edifact-directory.js';
import type { EdifactFindingInput } from '../syntax/edifact-finding.js';
import type { EdifactMessage } from '../syntax/edifact-message.js';
import type { MessageHeader } from '../syntax/envelope-headers.js';
import { validateStructure } from './structure-validator.js';

/** Which structure a message is checked against. */
export interface ResolvedStructure {
  structure?: StructureNode[];
  key?: string;
  /** Set when the structure is another release's (`CUSDEC:D:01B` for a D:05A message). */
  borrowed?: string;
  /** A warning to add: structure borrowed, or none at all. */
  note?: Omit<EdifactFindingInput, 'level'>;
}

/** `95B` → 1995.2, `01B` → 2001.2: releases in time order. */
const releaseOrder = (release: string): number => {
  const year = Number(release.slice(0, 2));
  return (year > 80 ? 1900 + year : 2000 + year) + (release.charCodeAt(2) - 64) / 10;
};

export function resolveStructure(header: MessageHeader, directory: EdifactDirectory): ResolvedStructure {
  const { type, version, release } = header;
  const key = `${type}:${version}:${release}`;
  const exact = directory.structure(type, version, release);
  if (exact) return { structure: exact, key };
  const at = {
    segment: 1,
    tag: 'UNH',
    element: 2,
    elementId: 'S009',
    messageReference: header.reference,
    severity: 'warning' as const,
  };
  const releases = ['95B', '96B', '99A', '99B', '01B', '03B'].filter((r) => directory.structure(type, version, r));
  if (type !== '' && releases.length > 0 && /^\d\d[A-Z]$/.test(release)) {
    const target = releaseOrder(release);
    const nearest = releases.reduce((best, r) =>
      Math.abs(releaseOrder(r) - target) < Math.abs(releaseOrder(best) - target) ? r : best,
    );
    const used = `${type}:${version}:${nearest}`;
    return {
      structure: directory.structure(type, version, nearest)!,
      key: used,
      borrowed: used,
      note: {
        ...at,
        code: 'unknown-message',
        syntaxError: '3',
        reason: `${type} ${version}:${release} is not in the bundled directory; it was checked against ${type} ${version}:${nearest}, and what that finds is reported as warnings`,
      },
    };
  }
  return {
    note: {
      ...at,
      code: 'unknown-message',
      syntaxError: '3',
      reason: `${type || '(no type)'} ${version}:${release} is not in the bundled directory (CUSDEC, CUSRES, CUSCAR, CUSREP, IFTMIN, IFCSUM, PAXLST of D.95B to D.03B): only syntax and envelope were checked`,
    },
  };
}

/** For a UNH without a message type: the one message type of its release whose structure the segments fit. */
export function inferMessageType(message: EdifactMessage, directory: EdifactDirectory): string | undefined {
  const { version, release } = message.header;
  const fitting = directory.messageTypes(version, release).filter((type) => {
    const structure = directory.structure(type, version, release)!;
    const { findings } = validateStructure(message.segments, structure, { messageName: type });
    return !findings.some((finding) => finding.code === 'unexpected-segment' || finding.code === 'unknown-segment');
  });
  return fitting.length === 1 ? fitting[0] : undefined;
}
