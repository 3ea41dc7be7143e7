/** What went wrong, as a stable code (plain-language text is in `message`). */
export type EdifactFindingCode =
  | 'una-invalid'
  | 'bom'
  | 'syntax-unsupported'
  | 'charset-unsupported'
  | 'invalid-character'
  | 'control-character'
  | 'bad-release'
  | 'bad-tag'
  | 'segment-too-large'
  | 'truncated'
  | 'missing-header'
  | 'missing-trailer'
  | 'count-mismatch'
  | 'reference-mismatch'
  | 'outside-message'
  | 'groups-and-messages-mixed'
  | 'message-too-large'
  | 'empty-interchange'
  | 'unknown-message'
  | 'message-type-inferred'
  | 'unknown-segment'
  | 'unexpected-segment'
  | 'missing-segment'
  | 'too-many-segments'
  | 'too-many-groups'
  | 'too-many-elements'
  | 'too-many-components'
  | 'too-many-repetitions'
  | 'missing-element'
  | 'not-a-number'
  | 'bad-decimal'
  | 'not-alphabetic'
  | 'too-long'
  | 'too-short'
  | 'unknown-code'
  | 'trailing-separator'
  | 'assumed-value';

export type EdifactSeverity = 'error' | 'warning';

/** Where the finding applies: the level a CONTRL answer reports it at (UCI, UCF, UCM). */
export type EdifactLevel = 'interchange' | 'group' | 'message';

/**
 * A syntax or structure finding on an interchange: a value, never an exception. `message` is the full
 * plain-language sentence, e.g. "segment 14 MOA, element C516/5004: '12,5' is not a number ...".
 */
export interface EdifactFinding {
  code: EdifactFindingCode;
  severity: EdifactSeverity;
  /** ISO 9735 syntax error code (data element 0085), as a CONTRL answer carries it. */
  syntaxError: string;
  level: EdifactLevel;
  /** 1-based segment position: in the message (UNH = 1), or in the interchange outside messages. */
  segment?: number;
  tag?: string;
  /** 1-based data element position in the segment. */
  element?: number;
  /** 1-based component position in a composite. */
  component?: number;
  /** 1-based occurrence of a repeated data element (syntax 4). */
  repetition?: number;
  /** Directory id of the element: `C516/5004`, `1225`, `S009/0065`. */
  elementId?: string;
  value?: string;
  message: string;
  /** Byte offset of the segment in the interchange. */
  offset?: number;
  /** 1-based line of the segment, where the interchange has line breaks. */
  line?: number;
  /** UNH 0062 of the message concerned. */
  messageReference?: string;
  /** UNG 0048 of the functional group concerned. */
  groupReference?: string;
  /** Goods item number (CUSDEC customs item, CST 1496) the segment belongs to. */
  goodsItem?: number;
}

export type EdifactFindingInput = Omit<EdifactFinding, 'message'> & { reason: string };

/** "segment 14 MOA, element C516/5004" (the parts that are known). */
export function describeLocation(at: Partial<EdifactFinding>): string {
  const parts: string[] = [];
  if (at.segment !== undefined) parts.push(`segment ${at.segment}${at.tag ? ` ${at.tag}` : ''}`);
  if (at.elementId) {
    parts.push(`element ${at.elementId}${at.repetition && at.repetition > 1 ? ` (occurrence ${at.repetition})` : ''}`);
  } else if (at.element !== undefined) {
    parts.push(`data element ${at.element}${at.component ? `, component ${at.component}` : ''}`);
  }
  return parts.join(', ');
}

export function createFinding(input: EdifactFindingInput): EdifactFinding {
  const { reason, ...rest } = input;
  const where = describeLocation(rest);
  const scope = rest.segment === undefined && rest.messageReference ? `message ${rest.messageReference}: ` : '';
  return { ...rest, message: where ? `${scope}${where}: ${reason}` : `${scope}${reason}` };
}

export const isError = (finding: EdifactFinding): boolean => finding.severity === 'error';
