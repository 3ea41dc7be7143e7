import type { Declaration } from '../../model/declaration-schema.js';
import { quoted } from '../plain-text.js';
import type { DeclarationRule, FindingFacts } from '../rule.js';
import type { ValidationRun } from '../validation-run.js';

type ModeFacts = FindingFacts & { value: string; meaning?: string };

const LEGS = ['border', 'arrival', 'departure'] as const;
const PATHS = {
  border: 'transport.border.modeCode',
  arrival: 'transport.arrival.modeCode',
  departure: 'transport.departure.modeCode',
};

export const transportModeUnknown: DeclarationRule<ModeFacts> = {
  id: 'CL-TRANSPORT-MODE',
  severity: 'error',
  category: 'code-list',
  element: 'transport.border.modeCode',
  title: 'Transport mode known',
  appliesTo: 'declarations that give a transport mode',
  scope: 'declaration',
  message: ({ value }) => `The transport mode ${quoted(value)} is not one we know.`,
  fix: () => 'Use one digit: 1 sea, 2 rail, 3 road, 4 air, 5 post, 7 pipeline or power line, 8 inland waterway.',
  example: { path: 'transport.border.modeCode', value: 'AIR' },
  check(declaration, run) {
    for (const leg of LEGS) {
      const value = nonStandardMode(declaration, run, leg);
      if (value !== undefined && nationalMode(run, value) === undefined)
        run.report(transportModeUnknown, { path: PATHS[leg], value });
    }
  },
};

export const transportModeNational: DeclarationRule<ModeFacts> = {
  id: 'CL-TRANSPORT-MODE-NATIONAL',
  severity: 'warning',
  category: 'code-list',
  element: 'transport.border.modeCode',
  title: 'Transport mode in the international one-digit form',
  appliesTo: 'declarations that give a transport mode',
  scope: 'declaration',
  message: ({ value, meaning, suggestions }) =>
    `The transport mode ${quoted(value)} is a two-digit national code; we read it as ${suggestions?.[0]} (${meaning}).`,
  fix: ({ suggestions }) => `Use the international one-digit code ${suggestions?.[0]}.`,
  example: { path: 'transport.border.modeCode', value: '40', meaning: 'air', suggestions: ['4'] },
  check(declaration, run) {
    for (const leg of LEGS) {
      const value = nonStandardMode(declaration, run, leg);
      const mode = value === undefined ? undefined : nationalMode(run, value);
      if (value !== undefined && mode !== undefined)
        run.report(transportModeNational, {
          path: PATHS[leg],
          value,
          meaning: run.reference.codeLists.transportMode(mode),
          suggestions: [mode],
        });
    }
  },
};

/** A leg's mode when it is given and is not a one-digit UN/ECE Recommendation 19 code. */
function nonStandardMode(declaration: Declaration, run: ValidationRun, leg: (typeof LEGS)[number]): string | undefined {
  const value = declaration.transport[leg]?.modeCode;
  return value !== undefined && run.reference.codeLists.transportMode(value) === undefined ? value : undefined;
}

/**
 * Several national systems (the Korean sample data among them) write the Recommendation 19 code
 * times ten: 10 sea, 40 air. Such a code is read, with a warning; anything else is unknown.
 */
function nationalMode(run: ValidationRun, value: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length !== 2 || trimmed.charAt(1) !== '0') return undefined;
  const mode = trimmed.charAt(0);
  return mode !== '0' && run.reference.codeLists.transportMode(mode) !== undefined ? mode : undefined;
}

export const TRANSPORT_RULES = [transportModeUnknown, transportModeNational];
