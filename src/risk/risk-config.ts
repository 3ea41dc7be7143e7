import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import { DEFAULT_LANE_POLICY, type LanePolicy } from '../core/risk/lanes/lane-policy.js';

/** The bundled settings; `TAMGA_RISK_CONFIG` names another file. */
export const DEFAULT_RISK_CONFIG_FILE = fileURLToPath(new URL('../../config/risk.json', import.meta.url));

const Share = Type.Number({ minimum: 0, maximum: 1 });
const RiskConfigSchema = Type.Object(
  {
    lanes: Type.Optional(
      Type.Partial(
        Type.Object({
          redShare: Share,
          yellowShare: Share,
          redScore: Share,
          yellowScore: Share,
          explorationShare: Share,
          seed: Type.Integer(),
        }),
      ),
    ),
    training: Type.Optional(
      Type.Partial(
        Type.Object({
          minOutcomes: Type.Integer({ minimum: 1 }),
          minFrauds: Type.Integer({ minimum: 1 }),
          holdoutShare: Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
        }),
      ),
    ),
    explainPerBatch: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

/** How lanes are chosen, when a model is trained on its own, and how much explaining ingest does inline. */
export interface RiskConfig {
  lanes: LanePolicy;
  training: {
    /** Outcomes needed before a first model is trained on its own (fresh store). */
    minOutcomes: number;
    minFrauds: number;
    /** Latest share of the labelled days held out to measure a new model against the active one. */
    holdoutShare: number;
  };
  /** Non-green decisions of one ingest batch explained at once; the rest are explained in the background. */
  explainPerBatch: number;
}

export const DEFAULT_RISK_CONFIG: RiskConfig = {
  lanes: DEFAULT_LANE_POLICY,
  training: { minOutcomes: 1000, minFrauds: 50, holdoutShare: 0.15 },
  explainPerBatch: 32,
};

const ENV_SHARES = {
  TAMGA_RISK_RED_SHARE: 'redShare',
  TAMGA_RISK_YELLOW_SHARE: 'yellowShare',
  TAMGA_RISK_EXPLORATION_SHARE: 'explorationShare',
} as const;

/**
 * Reads the risk settings once, at the edge: the file (config/risk.json, or TAMGA_RISK_CONFIG),
 * then the environment (TAMGA_RISK_RED_SHARE, TAMGA_RISK_YELLOW_SHARE, TAMGA_RISK_EXPLORATION_SHARE).
 * A malformed file or value is an error that names it, never a silent default.
 */
export function loadRiskConfig(env: NodeJS.ProcessEnv = process.env): RiskConfig {
  const file = env.TAMGA_RISK_CONFIG ?? DEFAULT_RISK_CONFIG_FILE;
  const given: Static<typeof RiskConfigSchema> = existsSync(file) ? parseConfig(readFileSync(file, 'utf8'), file) : {};
  const lanes: LanePolicy = { ...DEFAULT_RISK_CONFIG.lanes, ...given.lanes };
  for (const [name, key] of Object.entries(ENV_SHARES)) {
    const text = env[name];
    if (text === undefined || text === '') continue;
    const value = Number(text);
    if (!(value >= 0 && value <= 1)) throw new Error(`${name}=${text}: a share is a number from 0 to 1 (0.05 = 5%).`);
    lanes[key] = value;
  }
  return {
    lanes,
    training: { ...DEFAULT_RISK_CONFIG.training, ...given.training },
    explainPerBatch: given.explainPerBatch ?? DEFAULT_RISK_CONFIG.explainPerBatch,
  };
}

function parseConfig(text: string, file: string): Static<typeof RiskConfigSchema> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message})`, { cause: error });
  }
  const problem = Value.Errors(RiskConfigSchema, json).First();
  if (problem) throw new Error(`${file}: ${problem.path || '/'} ${problem.message}`);
  return json as Static<typeof RiskConfigSchema>;
}
