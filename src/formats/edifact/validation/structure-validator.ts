import type { StructureNode } from '../directory/directory-types.js';
import { createFinding, type EdifactFinding, type EdifactFindingInput } from '../syntax/edifact-finding.js';
import type { EdifactSegment } from '../syntax/edifact-segment.js';

/** One occurrence of a segment group, with its segments and nested groups in message order. */
export interface GroupInstance {
  /** `SG4`; `message` for the message itself. */
  id: string;
  children: (EdifactSegment | GroupInstance)[];
}

export const isGroupInstance = (node: EdifactSegment | GroupInstance): node is GroupInstance => 'children' in node;

export interface StructureResult {
  /** The message as a tree of group instances; segments out of place are left out. */
  tree: GroupInstance;
  findings: EdifactFinding[];
}

/** Context for the findings (which message, and how to name it). */
export interface StructureContext {
  messageReference?: string;
  /** `CUSDEC D:96B`, used in messages. */
  messageName: string;
  /** Findings are warnings only (a structure borrowed from another release). */
  soft?: boolean;
}

interface Level {
  nodes: StructureNode[];
  pos: number;
  counts: number[];
  instance: GroupInstance;
  groupId: string;
}

const isGroup = (node: StructureNode): node is [string, 0 | 1, number, StructureNode[]] => node.length === 4;
const triggerOf = (node: StructureNode): string => (isGroup(node) ? triggerOf(node[3][0]!) : node[0]);

/**
 * Walks a message's segments through its directory structure: a state machine over the segment groups
 * that checks order, nesting, mandatory segments and groups, and repetitions, and builds the group tree.
 */
export function validateStructure(
  segments: readonly EdifactSegment[],
  structure: StructureNode[],
  context: StructureContext,
): StructureResult {
  const walk = new StructureWalk(structure, context);
  for (const segment of segments) walk.accept(segment);
  const last = segments[segments.length - 1];
  if (last) walk.finish(last);
  return { tree: walk.root, findings: walk.findings };
}

interface Match {
  depth: number;
  index: number;
  /** Matched at its maximum: reported as one repetition too many. */
  overflow: boolean;
}

type Problem = Omit<EdifactFindingInput, 'level' | 'severity'>;

class StructureWalk {
  readonly root: GroupInstance = { id: 'message', children: [] };
  readonly findings: EdifactFinding[] = [];
  private readonly stack: Level[];
  private readonly known: ReadonlySet<string>;

  constructor(
    structure: StructureNode[],
    private readonly context: StructureContext,
  ) {
    this.stack = [
      { nodes: structure, pos: -1, counts: structure.map(() => 0), instance: this.root, groupId: 'message' },
    ];
    this.known = tagsOf(structure);
  }

  accept(segment: EdifactSegment): void {
    const match = this.locate(segment.tag);
    if (!match) {
      this.report(
        segment,
        this.known.has(segment.tag) ? unexpected(segment, this.top()) : unknown(segment, this.context),
      );
      return;
    }
    while (this.stack.length - 1 > match.depth) this.close(this.stack.pop()!, segment);
    this.place(match, segment);
  }

  finish(last: EdifactSegment): void {
    while (this.stack.length > 0) this.close(this.stack.pop()!, last, true);
  }

  private top(): Level {
    return this.stack[this.stack.length - 1]!;
  }

  /** Innermost level first, forward from the current position; a full repeat is taken only if nothing else fits. */
  private locate(tag: string): Match | undefined {
    let fallback: Match | undefined;
    for (let depth = this.stack.length - 1; depth >= 0; depth--) {
      const level = this.stack[depth]!;
      // A group's trigger never repeats inside one instance: a new trigger starts a new instance.
      const first = depth > 0 ? Math.max(level.pos, 1) : Math.max(level.pos, 0);
      for (let i = first; i < level.nodes.length; i++) {
        const node = level.nodes[i]!;
        if (triggerOf(node) !== tag) continue;
        const full = level.counts[i]! >= node[2] && (i === level.pos || isGroup(node));
        if (!full) return { depth, index: i, overflow: false };
        fallback ??= { depth, index: i, overflow: true };
      }
    }
    return fallback;
  }

  private place(match: Match, segment: EdifactSegment): void {
    const level = this.stack[match.depth]!;
    for (let i = level.pos + 1; i < match.index; i++) this.missing(level, i, { segment, end: false });
    const node = level.nodes[match.index]!;
    level.pos = match.index;
    level.counts[match.index]!++;
    if (match.overflow) this.report(segment, tooMany(node, segment, level));
    if (!isGroup(node)) {
      level.instance.children.push(segment);
      return;
    }
    const instance: GroupInstance = { id: node[0], children: [segment] };
    level.instance.children.push(instance);
    const counts = node[3].map(() => 0);
    counts[0] = 1;
    this.stack.push({ nodes: node[3], pos: 0, counts, instance, groupId: node[0] });
  }

  private close(level: Level, at: EdifactSegment, end = false): void {
    for (let i = level.pos + 1; i < level.nodes.length; i++) {
      // A missing UNT is the envelope's to report.
      if (end && level.groupId === 'message' && level.nodes[i]![0] === 'UNT') continue;
      this.missing(level, i, { segment: at, end });
    }
  }

  private missing(level: Level, index: number, at: { segment: EdifactSegment; end: boolean }): void {
    const node = level.nodes[index]!;
    if (!node[1] || level.counts[index]! > 0) return;
    const what = isGroup(node)
      ? `mandatory group ${node[0]} (starting with ${triggerOf(node)})`
      : `mandatory segment ${node[0]}`;
    this.report(at.segment, {
      code: 'missing-segment',
      syntaxError: '13',
      reason: `${what} is missing ${at.end ? 'at the end of' : 'before this segment in'} ${where(level)}`,
    });
  }

  private report(segment: EdifactSegment, problem: Problem): void {
    this.findings.push(
      createFinding({
        level: 'message',
        severity: this.context.soft ? 'warning' : 'error',
        segment: segment.position,
        tag: segment.tag,
        offset: segment.offset,
        line: segment.line,
        ...(this.context.messageReference ? { messageReference: this.context.messageReference } : {}),
        ...problem,
      }),
    );
  }
}

const where = (level: Level) => (level.groupId === 'message' ? 'the message' : `group ${level.groupId}`);

function tooMany(node: StructureNode, segment: EdifactSegment, level: Level): Problem {
  if (isGroup(node)) {
    return {
      code: 'too-many-groups',
      syntaxError: '36',
      reason: `group ${node[0]} (starting with ${segment.tag}) occurs more than the ${node[2]} times allowed`,
    };
  }
  return {
    code: 'too-many-segments',
    syntaxError: '35',
    reason: `${segment.tag} occurs more than the ${node[2]} times allowed here (${where(level)})`,
  };
}

function unexpected(segment: EdifactSegment, level: Level): Problem {
  return {
    code: 'unexpected-segment',
    syntaxError: '15',
    reason: `${segment.tag} is not expected here (in ${where(level)}): segments are out of order or one is misplaced`,
  };
}

function unknown(segment: EdifactSegment, context: StructureContext): Problem {
  return {
    code: 'unknown-segment',
    syntaxError: '15',
    reason: `${segment.tag} is not a segment of ${context.messageName}`,
  };
}

const TAGS = new WeakMap<StructureNode[], ReadonlySet<string>>();

/** Every segment tag of a structure, computed once per structure. */
function tagsOf(structure: StructureNode[]): ReadonlySet<string> {
  let tags = TAGS.get(structure);
  if (!tags) {
    const collected = new Set<string>();
    collectTags(structure, collected);
    TAGS.set(structure, (tags = collected));
  }
  return tags;
}

function collectTags(nodes: StructureNode[], into: Set<string>): void {
  for (const node of nodes) {
    if (isGroup(node)) collectTags(node[3], into);
    else into.add(node[0]);
  }
}
