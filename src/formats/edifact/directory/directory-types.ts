/**
 * Shapes of the compiled UN/EDIFACT directory (the JSON files next to this one, written by
 * `scripts/compile-edifact-directory.ts` from the UNTDID XML; never edited by hand).
 */

/** `an..35`, `n..15`, `n3`, `a3`: character class, then `..max` (variable) or a fixed length. */
export type Representation = string;

/** A simple data element as its id and whether it is mandatory in that position. */
export type ElementUse = [id: string, mandatory: 0 | 1];

export interface ElementDefinition {
  name: string;
  repr: Representation;
}

export interface CompositeDefinition {
  name: string;
  components: ElementUse[];
}

export interface SegmentDefinition {
  name: string;
  /** Data elements in order: a composite id starts with a letter (`C516`, `S009`), a simple one is four digits. */
  elements: ElementUse[];
}

/** Segments, composites and simple data elements of one directory release. */
export interface SegmentDirectory {
  release: string;
  segments: Record<string, SegmentDefinition>;
  composites: Record<string, CompositeDefinition>;
  elements: Record<string, ElementDefinition>;
}

/** Code values per simple data element id. */
export type CodeLists = Record<string, string[]>;

/** Code values with their names per simple data element id (the service code lists). */
export type NamedCodeLists = Record<string, Record<string, string>>;

/**
 * A node of a message structure: a segment `[tag, mandatory, maxRepeat]` or a group
 * `[groupId, mandatory, maxRepeat, children]`. The first child of a group is its trigger segment.
 */
export type StructureNode =
  | [tag: string, mandatory: 0 | 1, maxRepeat: number]
  | [groupId: string, mandatory: 0 | 1, maxRepeat: number, children: StructureNode[]];

/** Message structures keyed `TYPE:VERSION:RELEASE` (`CUSDEC:D:96B`). */
export type MessageStructures = Record<string, StructureNode[]>;

/** The compiled bundle, one object per JSON file. */
export interface CompiledDirectory {
  segments: SegmentDirectory;
  codes: CodeLists;
  serviceCodes: NamedCodeLists;
  messages: MessageStructures;
}
