/** Result of parsing JSON text: the value, or where and why it is not JSON. */
export type JsonParse = { ok: true; value: unknown } | { ok: false; reason: string; line?: number; column?: number };

export function parseJsonText(text: string): JsonParse {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return syntaxProblem(text, error instanceof Error ? error.message : String(error));
  }
}

function syntaxProblem(text: string, reason: string): JsonParse {
  const match = /at position (\d+)/.exec(reason);
  const position = match ? Number(match[1]) : /end of JSON input/.test(reason) ? text.length : undefined;
  const plain = reason.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/, '');
  if (position === undefined) return { ok: false, reason: plain };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { ok: false, reason: plain, line, column: position - lineStart + 1 };
}
