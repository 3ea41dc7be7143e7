import type { FastifyInstance } from 'fastify';
import type { RiskServices } from '../app/tamga-services.js';
import { riskRoutes } from '../http/routes/risk-routes.js';
import { explainPending } from '../risk/pending-explanations.js';
import { rescorePeriod } from '../risk/rescore-period.js';
import { readRuleSetFile } from '../risk/rule-set-file.js';
import { trainFromStore } from '../risk/train-from-store.js';
import { createProgressBar } from './progress-bar.js';

/**
 * First start: when no model is in use and the store holds enough inspection outcomes, trains
 * one, promotes it and decides every stored declaration, so that the queue has something in it.
 * Trained once on the earlier part of the data and measured on the latest (no refit), to keep
 * the first start short.
 */
export async function prepareRisk(risk: RiskServices, log: (line: string) => void = console.log): Promise<void> {
  const { engine } = risk;
  await installDefaultRules(risk, log);
  if (engine.scorer()) return;
  const { minOutcomes, minFrauds } = engine.config.training;
  const started = performance.now();
  log('Risk: no model is in use yet; training one from the stored inspection outcomes ...');
  const report = await trainFromStore(engine, {
    refit: false,
    promote: true,
    actor: 'tamga serve (first start)',
    minimum: { outcomes: minOutcomes, frauds: minFrauds },
    log: (line) => log(`Risk: ${line}`),
  });
  if (report.status !== 'trained') {
    log(
      `Risk: ${report.labelled} declarations with an outcome (${report.frauds} frauds); ${minOutcomes} (${minFrauds}) are needed to train. ` +
        'Lanes are assigned once a model is trained: tamga risk outcomes import, then tamga risk train.',
    );
    return;
  }
  log(`Risk: model ${report.version} ${report.decision}.`);
  const total = await engine.store.count();
  const bar = createProgressBar({ label: 'risk: deciding lanes', total, unit: 'items' });
  const rescored = await rescorePeriod(engine, { onProgress: (done, date) => bar.update(done, `up to ${date}`) });
  bar.finish();
  if (rescored.status === 'rescored') {
    const lanes = Object.entries(rescored.lanes)
      .map(([lane, n]) => `${n.toLocaleString('en-US')} ${lane}`)
      .join(', ');
    log(
      `Risk: ${rescored.decisions.toLocaleString('en-US')} declarations decided (${lanes}); ready in ${((performance.now() - started) / 1000).toFixed(0)} s.`,
    );
  }
}

/** The shipped starter profiles, stored and put in use when the store has never held a rule set. */
export const DEFAULT_RULE_SET = new URL('../../config/rules/tamga-default.json', import.meta.url).pathname;

async function installDefaultRules(risk: RiskServices, log: (line: string) => void): Promise<void> {
  const { engine } = risk;
  if ((await engine.risk.ruleSets()).length > 0) return;
  const read = await readRuleSetFile(DEFAULT_RULE_SET);
  if (read.status === 'problem') {
    log(`Risk: the starter rule set was not installed: ${read.message}`);
    return;
  }
  const at = engine.now().toISOString();
  const saved = await engine.risk.saveRuleSet(read.ruleSet, at);
  await engine.risk.activateRuleSet(
    { id: saved.id, version: saved.version },
    { at, actor: 'tamga serve (first start)' },
  );
  await engine.reload();
  log(
    `Risk: starter targeting rules ${saved.id} v${saved.version} in use (${read.ruleSet.rules.length} rules; tamga rules list, tamga rules backtest).`,
  );
}

/** Seconds between rounds of the background explainer when it found nothing (or nothing it could explain). */
const IDLE_MS = 30_000;

/** How often a serving process re-reads what verification runs elsewhere have stored. */
const VERIFICATION_MS = 5 * 60_000;

/**
 * The risk routes for `tamga serve`, a background explainer that computes the explanations left
 * for later (bulk ingest, rescores), a few at a time, yielding to requests between rounds, and a
 * periodic re-read of the verification facts the targeting rules use.
 */
export function riskServing(risk: RiskServices): { plugin: (app: FastifyInstance) => Promise<void>; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const round = async () => {
    const done = await explainPending(risk.engine, risk.explainers, 25).catch(() => 0);
    if (!stopped) timer = setTimeout(() => void round(), done > 0 ? 50 : IDLE_MS).unref();
  };
  timer = setTimeout(() => void round(), 2000).unref();
  // `tamga verify` runs in other processes record findings the rules read: pick them up now and then.
  const verification = setInterval(
    () => void risk.engine.verification?.refresh().catch(() => undefined),
    VERIFICATION_MS,
  );
  verification.unref();
  return {
    plugin: (app) => riskRoutes(app, risk),
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      clearInterval(verification);
    },
  };
}
