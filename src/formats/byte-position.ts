/** 1-based line and column (in bytes) of a byte offset. */
export interface BytePosition {
  line: number;
  column: number;
}

export function bytePosition(
  bytes: Uint8Array,
  offset: number,
  from: { offset: number; line: number } = { offset: 0, line: 1 },
): BytePosition {
  let line = from.line;
  let lineStart = from.offset;
  for (let i = from.offset; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Renders the bytes around an offset for a message: `... 4D 61 [E9] 74 ...`. */
export function hexAround(bytes: Uint8Array, offset: number): string {
  const hex = (i: number) => bytes[i]!.toString(16).toUpperCase().padStart(2, '0');
  const parts: string[] = [];
  for (let i = Math.max(0, offset - 3); i < Math.min(bytes.length, offset + 4); i++) {
    parts.push(i === offset ? `[${hex(i)}]` : hex(i));
  }
  return parts.join(' ');
}
