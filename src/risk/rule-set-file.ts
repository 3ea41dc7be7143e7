import { readFile } from 'node:fs/promises';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { RuleSetDocument } from '../core/ports/rule-set-store.js';
import { RULE_NUMBER_FIELDS, RULE_TEXT_FIELDS, TRADER_ROLES } from '../core/risk/rules/targeting-rule.js';

const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
const literals = (values: readonly string[]) => Type.Union(values.map((value) => Type.Literal(value)));
const TextField = literals(RULE_TEXT_FIELDS);
const NumberField = literals(RULE_NUMBER_FIELDS);
const Condition = Type.Union([
  Type.Object(
    { kind: Type.Literal('prefix'), field: TextField, values: Type.Array(Type.String()) },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('in'), field: TextField, values: Type.Array(Type.String()) },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('not-in'), field: TextField, values: Type.Array(Type.String()) },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('range'),
      field: NumberField,
      min: Type.Optional(Type.Number()),
      max: Type.Optional(Type.Number()),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('new-trader'),
      role: literals(TRADER_ROLES),
      withinDays: Type.Number(),
    },
    { additionalProperties: false },
  ),
]);
/** What a rule and a rule set both carry: who wrote which version, why, and when it applies. */
const versioned = {
  id: Type.String({ minLength: 1 }),
  version: Type.Integer({ minimum: 1 }),
  author: Type.String({ minLength: 1 }),
  reason: Type.String({ minLength: 1 }),
  validFrom: Day,
  validTo: Type.Optional(Day),
};
const Rule = Type.Object(
  {
    ...versioned,
    conditions: Type.Array(Condition, { minItems: 1 }),
    lane: Type.Union([Type.Literal('yellow'), Type.Literal('red'), Type.Literal('blue')]),
  },
  { additionalProperties: false },
);
const RuleSetSchema = Type.Object(
  {
    ...versioned,
    rules: Type.Array(Rule),
  },
  { additionalProperties: false },
);

export type RuleSetRead = { status: 'ok'; ruleSet: RuleSetDocument } | { status: 'problem'; message: string };

/**
 * Reads a rule set file (config/rules/*.json): a problem names the file and the JSON path of the
 * first thing wrong (`/rules/2/conditions/0/field`), never a stack.
 */
export async function readRuleSetFile(path: string): Promise<RuleSetRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return { status: 'problem', message: `${path}: no such file` };
  }
  return parseRuleSet(text, path);
}

export function parseRuleSet(text: string, source: string): RuleSetRead {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { status: 'problem', message: `${source}: not JSON (${(error as Error).message})` };
  }
  const problem = Value.Errors(RuleSetSchema, json).First();
  if (problem) return { status: 'problem', message: `${source}: ${problem.path || '/'} ${problem.message}` };
  const ruleSet = json as Static<typeof RuleSetSchema>;
  const ids = ruleSet.rules.map((r) => r.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice !== undefined) return { status: 'problem', message: `${source}: rule ${twice} appears twice` };
  return { status: 'ok', ruleSet: ruleSet as RuleSetDocument };
}
