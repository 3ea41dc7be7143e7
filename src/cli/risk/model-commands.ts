import type { RiskServices } from '../../app/tamga-services.js';
import { rescorePeriod } from '../../risk/rescore-period.js';
import { riskModelsView } from '../../risk/risk-model-views.js';
import { trainFromStore } from '../../risk/train-from-store.js';
import { createProgressBar } from '../progress-bar.js';
import { count, fixed, table, type RiskIo } from './risk-io.js';

/** `tamga risk train`: exit 0 trained (promoted or not), 1 not enough outcomes. */
export async function riskTrain(
  risk: RiskServices,
  options: { promote?: boolean; refit?: boolean; json?: boolean; actor?: string },
  io: RiskIo,
): Promise<number> {
  const report = await trainFromStore(risk.engine, {
    ...(options.promote !== undefined ? { promote: options.promote } : {}),
    ...(options.refit === false ? { refit: false } : {}),
    actor: options.actor ?? 'tamga risk train',
    log: (line) => io.err(line),
  });
  if (options.json) io.out(JSON.stringify(report, null, 2));
  if (report.status !== 'trained') {
    if (!options.json)
      io.err(
        `Not enough outcomes to train: ${report.labelled} declarations with an outcome, ${report.frauds} frauds ` +
          `(at least ${report.needed.outcomes} and ${report.needed.frauds}, and some clean). Import some: tamga risk outcomes import <csv>.`,
      );
    return 1;
  }
  if (options.json) return 0;
  const { training, holdout } = report;
  io.out(
    `Model ${report.version}: ${count(training.rows)} declarations with outcomes (${count(training.frauds)} frauds), ${training.from} … ${training.to}, ${report.seconds.toFixed(1)} s.`,
  );
  const rows = [['held out', 'P@5%', 'P@10%', 'AUC']];
  const line = (name: string, m: Record<string, number>) =>
    rows.push([name, fixed(m['precision_at_5']), fixed(m['precision_at_10']), fixed(m['auc'])]);
  line(`new (${holdout.from} … ${holdout.to}, ${count(holdout.rows)} rows)`, holdout.candidate);
  if (holdout.active)
    line(
      `active ${holdout.active.version}${holdout.active.comparable ? '' : ' (saw this period)'}`,
      holdout.active.metrics,
    );
  for (const text of table(rows)) io.out(`  ${text}`);
  io.out(`${report.promoted ? 'Promoted' : 'Registered, not promoted'}: ${report.decision}.`);
  return 0;
}

export async function riskModels(risk: RiskServices, options: { json?: boolean }, io: RiskIo): Promise<number> {
  const view = await riskModelsView(risk.engine);
  if (options.json) {
    io.out(JSON.stringify(view, null, 2));
    return 0;
  }
  if (view.versions.length === 0) {
    io.out('No model registered yet: tamga risk train.');
    return 0;
  }
  const rows = [['', 'version', 'trained on', 'rows', 'P@5%', 'P@10%', 'AUC', 'registered']];
  for (const v of view.versions) {
    rows.push([
      v.version === view.active ? '*' : '',
      v.version,
      `${v.trainedFrom} … ${v.trainedTo}`,
      count(v.rows),
      v.measured ? fixed(v.metrics.precision_at_5) : '–',
      v.measured ? fixed(v.metrics.precision_at_10) : '–',
      v.measured ? fixed(v.metrics.auc) : '–',
      v.registeredAt.slice(0, 19).replace('T', ' '),
    ]);
  }
  for (const text of table(rows)) io.out(text);
  io.out(view.active ? `* in use: ${view.active}` : 'No model is in use: tamga risk promote <version>.');
  return 0;
}

export async function riskPromote(
  risk: RiskServices,
  options: { version: string; reason?: string },
  io: RiskIo,
): Promise<number> {
  const result = await risk.engine.risk.promoteModel(options.version, {
    at: risk.engine.now().toISOString(),
    actor: 'tamga risk promote',
    ...(options.reason ? { reason: options.reason } : {}),
  });
  if (result.status === 'unknown-version') {
    io.err(`No model version ${options.version}: see tamga risk models.`);
    return 2;
  }
  await risk.engine.reload();
  io.out(
    result.status === 'already-active'
      ? `${result.version} is already in use.`
      : `${result.version} is in use${result.previous ? ` (was ${result.previous}; tamga risk rollback returns to it)` : ''}. New declarations are scored with it; tamga risk rescore redoes past ones.`,
  );
  return 0;
}

export async function riskRollback(risk: RiskServices, options: { reason?: string }, io: RiskIo): Promise<number> {
  const result = await risk.engine.risk.rollbackModel({
    at: risk.engine.now().toISOString(),
    actor: 'tamga risk rollback',
    ...(options.reason ? { reason: options.reason } : {}),
  });
  if (result.status === 'nothing-to-roll-back') {
    io.err(
      result.active ? `${result.active} is the first model promoted: nothing to roll back to.` : 'No model is in use.',
    );
    return 1;
  }
  await risk.engine.reload();
  io.out(`Rolled back from ${result.from} to ${result.to}.`);
  return 0;
}

export async function riskRescore(
  risk: RiskServices,
  options: { from?: string; to?: string; json?: boolean; quiet?: boolean },
  io: RiskIo,
): Promise<number> {
  const bar = createProgressBar({ label: 'rescore', unit: 'items' });
  const report = await rescorePeriod(risk.engine, {
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.quiet ? {} : { onProgress: (done: number, date: string) => bar.update(done, `up to ${date}`) }),
  });
  if (report.status === 'no-model') {
    io.err('No model is in use: tamga risk train (or tamga risk promote <version>) first.');
    return 1;
  }
  if (!options.quiet) bar.finish();
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else {
    const lanes = Object.entries(report.lanes).map(([lane, n]) => `${count(n)} ${lane}`);
    io.out(
      `${count(report.decisions)} declarations of ${report.from || '–'} … ${report.to || '–'} decided again with ${report.modelVersion}: ${lanes.join(', ')} (${report.seconds.toFixed(1)} s).`,
    );
  }
  return 0;
}
