import { TextDecoder } from 'node:util';
import type { RawSegment } from './byte-segmenter.js';
import { invalidCharacterPattern, isControlCharacter, type CharacterSet } from './character-set.js';
import type { EdifactSegment, SegmentFlaw } from './edifact-segment.js';
import { splitSegment } from './segment-splitter.js';
import type { Separators } from './separators.js';

/** Turns raw segment bytes into a parsed segment, checking characters against the declared level. */
export class SegmentDecoder {
  private pattern: RegExp | undefined;
  private textDecoder: TextDecoder | undefined;

  constructor(
    private separators: Separators,
    private characterSet?: CharacterSet,
  ) {
    this.configure(separators, characterSet);
  }

  configure(separators: Separators, characterSet?: CharacterSet): void {
    this.separators = separators;
    this.characterSet = characterSet;
    this.pattern = characterSet && invalidCharacterPattern(characterSet, separators);
    const encoding = characterSet?.encoding;
    this.textDecoder = encoding?.startsWith('iso-8859') ? new TextDecoder(encoding) : undefined;
  }

  get currentSeparators(): Separators {
    return this.separators;
  }

  text(raw: RawSegment): string {
    const { source, start, end } = raw;
    if (this.textDecoder) return this.textDecoder.decode(source.subarray(start, end));
    return source.toString(this.characterSet?.encoding === 'utf8' ? 'utf8' : 'latin1', start, end);
  }

  decode(raw: RawSegment, position: number): EdifactSegment {
    const text = this.text(raw);
    const segment = splitSegment(text, this.separators, { position, offset: raw.offset, line: raw.line });
    if (raw.oversize) (segment.flaws ??= []).push({ kind: 'oversize' });
    const invalid = this.pattern?.exec(text);
    if (invalid) (segment.flaws ??= []).push(this.characterFlaw(text, invalid.index));
    return segment;
  }

  /** Locates the offending character by counting the separators before it. */
  private characterFlaw(text: string, index: number): SegmentFlaw {
    const { element, component, release } = this.separators;
    let elementIndex = -1;
    let componentIndex = 0;
    for (let i = 0; i < index; i++) {
      const c = text[i];
      if (c === release) i++;
      else if (c === element) {
        elementIndex++;
        componentIndex = 0;
      } else if (c === component) componentIndex++;
    }
    const c = text[index]!;
    return {
      kind: isControlCharacter(c) ? 'control-character' : 'invalid-character',
      element: elementIndex,
      component: componentIndex,
      detail: c,
    };
  }
}
