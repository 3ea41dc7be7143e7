import { readFileSync } from 'node:fs';
import { DIRECTORY_FILES } from './directory-files.js';
import type {
  CompiledDirectory,
  ElementDefinition,
  SegmentDefinition,
  SegmentDirectory,
  StructureNode,
} from './directory-types.js';
import { CONTRL_STRUCTURE, SERVICE_SEGMENTS_V3, SERVICE_SEGMENTS_V4 } from './service-directory.js';

export interface Representation {
  type: 'a' | 'n' | 'an';
  min: number;
  max: number;
}

/** A segment definition with where it came from. */
export interface ResolvedSegment {
  definition: SegmentDefinition;
  directory: SegmentDirectory;
  /** A service segment of the syntax rules (UNH, UNS, UCI...). */
  service: boolean;
  /** Taken from another release than the message's own (only D.96B segments are bundled). */
  borrowed: boolean;
}

const SERVICE_TAGS = new Set(Object.keys(SERVICE_SEGMENTS_V3.segments));

/** The compiled UN/EDIFACT directory: segments, elements, code lists and message structures. */
export class EdifactDirectory {
  private static instance: EdifactDirectory | undefined;
  private readonly representations = new WeakMap<SegmentDirectory, Map<string, Representation | null>>();
  private readonly codeSets = new Map<string, ReadonlySet<string> | null>();
  private readonly resolved = new Map<string, ResolvedSegment | null>();

  constructor(private readonly compiled: CompiledDirectory) {}

  /** The directory bundled with Tamga (read once, on first use). */
  static bundled(): EdifactDirectory {
    EdifactDirectory.instance ??= new EdifactDirectory(readBundled());
    return EdifactDirectory.instance;
  }

  get fullRelease(): string {
    return this.compiled.segments.release;
  }

  /** Message structure for `CUSDEC`, `D`, `96B`; CONTRL is the syntax rules' own. */
  structure(type: string, version: string, release: string): StructureNode[] | undefined {
    if (type === 'CONTRL') return CONTRL_STRUCTURE;
    return this.compiled.messages[`${type}:${version}:${release}`];
  }

  /** Message types this directory has a structure for in one release (`D`, `95B`). */
  messageTypes(version: string, release: string): string[] {
    const suffix = `:${version}:${release}`;
    return Object.keys(this.compiled.messages)
      .filter((key) => key.endsWith(suffix))
      .map((key) => key.slice(0, key.indexOf(':')));
  }

  segment(tag: string, release: string, syntaxVersion: number): ResolvedSegment | undefined {
    const key = `${tag}:${release}:${syntaxVersion}`;
    let found = this.resolved.get(key);
    if (found === undefined) {
      found = this.resolve(tag, release, syntaxVersion) ?? null;
      this.resolved.set(key, found);
    }
    return found ?? undefined;
  }

  private resolve(tag: string, release: string, syntaxVersion: number): ResolvedSegment | undefined {
    if (SERVICE_TAGS.has(tag)) {
      const directory = syntaxVersion >= 4 ? SERVICE_SEGMENTS_V4 : SERVICE_SEGMENTS_V3;
      const definition = directory.segments[tag];
      return definition && { definition, directory, service: true, borrowed: false };
    }
    const directory = this.compiled.segments;
    const definition = directory.segments[tag];
    return definition && { definition, directory, service: false, borrowed: release !== directory.release };
  }

  element(directory: SegmentDirectory, id: string): ElementDefinition | undefined {
    return directory.elements[id];
  }

  representation(directory: SegmentDirectory, id: string): Representation | undefined {
    let parsed = this.representations.get(directory);
    if (!parsed) this.representations.set(directory, (parsed = new Map<string, Representation | null>()));
    let repr = parsed.get(id);
    if (repr === undefined) {
      const text = directory.elements[id]?.repr;
      repr = text ? parseRepresentation(text) : null;
      parsed.set(id, repr);
    }
    return repr ?? undefined;
  }

  /** Code values of a data element; service lists for service elements (0xxx). */
  codes(id: string): ReadonlySet<string> | undefined {
    let set = this.codeSets.get(id);
    if (set === undefined) {
      const values = id.startsWith('0')
        ? Object.keys(this.compiled.serviceCodes[id] ?? {})
        : (this.compiled.codes[id] ?? []);
      set = values.length === 0 ? null : new Set(values);
      this.codeSets.set(id, set);
    }
    return set ?? undefined;
  }

  /** Plain name of a service code (`0085` `29` → "Control count does not match ..."). */
  serviceCodeName(id: string, code: string): string | undefined {
    return this.compiled.serviceCodes[id]?.[code];
  }
}

/** `an..35` → an, 0..35; `n3` → n, 3..3. */
export function parseRepresentation(repr: string): Representation {
  const match = /^(an|a|n)(\.\.)?(\d+)$/.exec(repr);
  if (!match) throw new Error(`bad representation ${repr}`);
  const max = Number(match[3]);
  return { type: match[1] as Representation['type'], min: match[2] ? 0 : max, max };
}

function readBundled(): CompiledDirectory {
  const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'));
  return {
    segments: read(DIRECTORY_FILES.segments) as CompiledDirectory['segments'],
    codes: read(DIRECTORY_FILES.codes) as CompiledDirectory['codes'],
    serviceCodes: read(DIRECTORY_FILES.serviceCodes) as CompiledDirectory['serviceCodes'],
    messages: read(DIRECTORY_FILES.messages) as CompiledDirectory['messages'],
  };
}
