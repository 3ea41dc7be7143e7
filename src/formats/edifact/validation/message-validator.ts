import { EdifactDirectory } from '../directory/edifact-directory.js';
import { createFinding, type EdifactFinding } from '../syntax/edifact-finding.js';
import type { EdifactMessage } from '../syntax/edifact-message.js';
import { goodsItemLocator } from '../response/cusres-errors.js';
import { validateSegmentElements } from './element-validator.js';
import { inferMessageType, resolveStructure } from './structure-resolver.js';
import { validateStructure, type GroupInstance } from './structure-validator.js';

/** A message checked against the directory. */
export interface MessageValidation {
  /** Message type as declared, or as inferred when UNH leaves it empty. */
  messageType: string;
  /** Directory structure used (`CUSCAR:D:95B`), if any. */
  structureKey?: string;
  /** The message as a tree of group instances (absent when there is no structure to build it on). */
  tree?: GroupInstance;
  /** Syntax, envelope, structure and element findings, in segment order. */
  findings: EdifactFinding[];
  /** True when an error-level finding stands (the message is rejected at syntax level). */
  rejected: boolean;
}

/** Checks one message: its syntax findings, then structure, then every data element. */
export function validateMessage(
  message: EdifactMessage,
  directory: EdifactDirectory = EdifactDirectory.bundled(),
): MessageValidation {
  const { header, interchange } = message;
  const findings: EdifactFinding[] = [...message.findings];
  const messageReference = header.reference;
  let messageType = header.type;
  if (messageType === '') {
    const inferred = inferMessageType(message, directory);
    if (inferred) {
      messageType = inferred;
      findings.push(
        createFinding({
          level: 'message',
          segment: 1,
          tag: 'UNH',
          element: 2,
          component: 1,
          elementId: 'S009/0065',
          messageReference,
          code: 'message-type-inferred',
          severity: 'warning',
          syntaxError: '13',
          reason: `message type is empty; the message was read as ${inferred}, the only ${header.version}:${header.release} message whose structure it fits`,
        }),
      );
    }
  }
  const resolved = resolveStructure({ ...header, type: messageType }, directory);
  let tree: GroupInstance | undefined;
  if (resolved.structure) {
    const result = validateStructure(message.segments, resolved.structure, {
      messageReference,
      messageName: `${messageType} ${header.version}:${header.release}`,
      soft: resolved.borrowed !== undefined,
    });
    tree = result.tree;
    findings.push(...result.findings);
  }
  if (resolved.note) findings.push(createFinding({ level: 'message', messageReference, ...resolved.note }));
  const context = {
    directory,
    decimal: interchange.separators.decimal,
    level: 'message' as const,
    messageReference,
    relaxedCodes: header.associationCode !== undefined,
  };
  const release = `${header.version}${header.release}`;
  const definitions = new Map<string, ReturnType<EdifactDirectory['segment']>>();
  for (const segment of message.segments) {
    let definition = definitions.get(segment.tag);
    if (definition === undefined && !definitions.has(segment.tag)) {
      definition = directory.segment(segment.tag, release, interchange.syntaxVersion);
      definitions.set(segment.tag, definition);
    }
    // Without a structure for the message, only its service segments have definitions that apply.
    if (definition && (tree || definition.service))
      findings.push(...validateSegmentElements(segment, definition, context));
  }
  const ordered =
    findings.length > 1
      ? summariseTrailingSeparators(findings).sort((a, b) => (a.segment ?? 0) - (b.segment ?? 0))
      : findings;
  if (tree && messageType === 'CUSDEC' && ordered.length > 0) {
    const locate = goodsItemLocator(tree);
    for (const finding of ordered) {
      const item = finding.segment === undefined ? undefined : locate(finding.segment);
      if (item !== undefined) finding.goodsItem = item;
    }
  }
  return {
    messageType,
    ...(resolved.key ? { structureKey: resolved.key } : {}),
    ...(tree ? { tree } : {}),
    findings: ordered,
    rejected: ordered.some((finding) => finding.severity === 'error'),
  };
}

/** One warning for trailing separators per message, not one per segment. */
function summariseTrailingSeparators(findings: EdifactFinding[]): EdifactFinding[] {
  let count = 0;
  for (const finding of findings) if (finding.code === 'trailing-separator') count++;
  if (count <= 1) return findings;
  const trailing = findings.filter((finding) => finding.code === 'trailing-separator');
  if (trailing.length <= 1) return findings;
  const [first] = trailing;
  const others = trailing.length - 1;
  const summary = { ...first!, message: `${first!.message} (and in ${others} more segment${others > 1 ? 's' : ''})` };
  return [...findings.filter((finding) => finding.code !== 'trailing-separator'), summary];
}
