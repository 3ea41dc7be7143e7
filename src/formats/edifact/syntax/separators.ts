/** The service characters of an interchange (UNA, or the defaults of the syntax level). */
export interface Separators {
  component: string;
  element: string;
  /** Decimal mark of numeric values: `.` or `,`. */
  decimal: string;
  /** Release (escape) character; absent when the interchange has none. */
  release?: string;
  /** Repetition separator (syntax 4). */
  repetition?: string;
  segment: string;
}

/** ISO 9735 version 3 defaults (no UNA): `UNA:+.? '`. */
export const DEFAULT_SEPARATORS_V3: Separators = {
  component: ':',
  element: '+',
  decimal: '.',
  release: '?',
  segment: "'",
};

/** ISO 9735 version 4 defaults (no UNA): `UNA:+.?*'`. */
export const DEFAULT_SEPARATORS_V4: Separators = { ...DEFAULT_SEPARATORS_V3, repetition: '*' };

/** Level B defaults without UNA: information separators IS1, IS3, IS4 (and IS2 for repetition in syntax 4). */
export const LEVEL_B_SEPARATORS: Separators = {
  component: '\x1f',
  element: '\x1d',
  decimal: '.',
  segment: '\x1c',
  repetition: '\x1e',
};

export interface UnaResult {
  separators: Separators;
  /** UNA position 5: the repetition separator in syntax 4, reserved (space) in syntax 3. */
  position5: string;
  problems: string[];
}

/** Reads the six service characters after `UNA`. */
export function parseUna(text: string): UnaResult {
  const [component = ':', element = '+', decimal = '.', release = '?', position5 = ' ', segment = "'"] = [
    ...text.slice(3, 9),
  ];
  const problems: string[] = [];
  if (decimal !== '.' && decimal !== ',') {
    problems.push(`UNA decimal mark must be '.' or ',', not ${quote(decimal)}; '.' is used`);
  }
  const used = [component, element, release, segment].filter((c) => c !== ' ');
  if (position5 !== ' ') used.push(position5);
  if (new Set(used).size !== used.length) {
    problems.push(`UNA service characters must all differ: ${quote(text.slice(3, 9))}`);
  }
  for (const c of [component, element, segment]) {
    if (/[A-Za-z0-9]/.test(c)) problems.push(`UNA service character ${quote(c)} is a letter or digit`);
  }
  return {
    separators: {
      component,
      element,
      decimal: decimal === ',' ? ',' : '.',
      segment,
      ...(release !== ' ' ? { release } : {}),
    },
    position5,
    problems,
  };
}

/** Shows a character so that control characters and spaces are visible in messages. */
export function quote(text: string): string {
  const shown = [...text].map((c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `\\x${code.toString(16).padStart(2, '0')}` : c;
  });
  return `'${shown.join('')}'`;
}
