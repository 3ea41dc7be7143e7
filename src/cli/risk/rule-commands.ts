import { readFile } from 'node:fs/promises';
import type { RiskServices } from '../../app/tamga-services.js';
import type { BacktestReport } from '../../core/risk/rules/backtest-rules.js';
import { backtestStoredHistory } from '../../risk/backtest-history.js';
import { importOutcomes } from '../../risk/import-outcomes.js';
import { readRuleSetFile } from '../../risk/rule-set-file.js';
import { count, fixed, table, type RiskIo } from './risk-io.js';

/** The backtest as an officer reads it: per rule, load per day against capacity, what is wrong. */
export function formatBacktest(report: BacktestReport): string[] {
  const lines = [
    `Rule set ${report.ruleSet.id} v${report.ruleSet.version} replayed over ${count(report.records)} declarations, ${report.from || '–'} … ${report.to || '–'}:`,
  ];
  const rows = [['rule', 'lane', 'hits', 'inspected', 'frauds', 'hit rate', 'decisive', 'first hit', 'last hit']];
  for (const r of report.rules) {
    rows.push([
      `${r.rule} v${r.version}`,
      r.lane,
      count(r.hits),
      count(r.labelled),
      count(r.frauds),
      fixed(r.hitRate),
      count(r.decisive),
      r.firstHit ?? '–',
      r.lastHit ?? '–',
    ]);
  }
  lines.push(...table(rows).map((line) => `  ${line}`));
  const days = report.days;
  if (days.length > 0) {
    const red = days.map((d) => d.lanes.red);
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    lines.push(
      `Load per day: red ${fixed(mean(red), 1)} on average, at most ${Math.max(...red)}; red capacity ${fixed(mean(days.map((d) => d.redCapacity)), 1)} on average; ` +
        `${report.daysOverCapacity} of ${days.length} days over capacity` +
        (report.daysOverCapacity > 0 ? ` (first ${days.find((d) => d.overCapacity.length > 0)!.date})` : '') +
        '.',
    );
  }
  if (report.issues.length === 0) lines.push('Every rule can fire and decided at least one lane.');
  else {
    lines.push('Issues:');
    for (const issue of report.issues) lines.push(`  ${issue.rule} v${issue.version} ${issue.code}: ${issue.message}`);
  }
  return lines;
}

/** `tamga rules backtest <ruleset.json>`: exit 0 no issue, 1 some rule never fires or is shadowed, 2 bad file. */
export async function rulesBacktest(
  risk: RiskServices,
  options: { file: string; from?: string; to?: string; redPerDay?: number; json?: boolean },
  io: RiskIo,
): Promise<number> {
  const read = await readRuleSetFile(options.file);
  if (read.status === 'problem') {
    io.err(read.message);
    return 2;
  }
  const report = await backtestStoredHistory(risk.engine, read.ruleSet, {
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    ...(options.redPerDay !== undefined ? { redPerDay: options.redPerDay } : {}),
  });
  await risk.engine.risk.saveBacktest(report, risk.engine.now().toISOString());
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else for (const line of formatBacktest(report)) io.out(line);
  return report.issues.length > 0 ? 1 : 0;
}

/** `tamga rules import <files...> [--activate]`: stores rule set versions (a changed set needs a new version). */
export async function rulesImport(
  risk: RiskServices,
  options: { files: string[]; activate?: boolean },
  io: RiskIo,
): Promise<number> {
  let failed = 0;
  let last: { id: string; version: number } | undefined;
  for (const file of options.files) {
    const read = await readRuleSetFile(file);
    if (read.status === 'problem') {
      io.err(read.message);
      failed += 1;
      continue;
    }
    const saved = await risk.engine.risk.saveRuleSet(read.ruleSet, risk.engine.now().toISOString());
    const name = `${saved.id} v${saved.version}`;
    if (saved.status === 'conflict') {
      io.err(`${file}: ${name} is stored with other content; give the changed set a new version.`);
      failed += 1;
      continue;
    }
    io.out(
      `${name}: ${saved.status === 'stored' ? 'stored' : 'already stored, unchanged'} (${read.ruleSet.rules.length} rules).`,
    );
    last = { id: saved.id, version: saved.version };
  }
  if (options.activate && last && failed === 0) {
    await risk.engine.risk.activateRuleSet(last, { at: risk.engine.now().toISOString(), actor: 'tamga rules import' });
    await risk.engine.reload();
    io.out(`${last.id} v${last.version} is in use for new declarations.`);
  }
  return failed > 0 ? 2 : 0;
}

export async function rulesActivate(
  risk: RiskServices,
  options: { id?: string; version?: number },
  io: RiskIo,
): Promise<number> {
  const target = options.id && options.version ? { id: options.id, version: options.version } : undefined;
  const result = await risk.engine.risk.activateRuleSet(target, {
    at: risk.engine.now().toISOString(),
    actor: 'tamga rules activate',
  });
  if (result.status === 'unknown-rule-set') {
    io.err(`No rule set ${options.id} v${options.version}: see tamga rules list.`);
    return 2;
  }
  await risk.engine.reload();
  io.out(target ? `${target.id} v${target.version} is in use for new declarations.` : 'No rule set is in use.');
  return 0;
}

export async function rulesList(risk: RiskServices, options: { json?: boolean }, io: RiskIo): Promise<number> {
  const [sets, active] = await Promise.all([risk.engine.risk.ruleSets(), risk.engine.risk.activeRuleSet()]);
  if (options.json) {
    io.out(
      JSON.stringify({ active: active ? { id: active.id, version: active.version } : null, ruleSets: sets }, null, 2),
    );
    return 0;
  }
  const rows = [['', 'rule set', 'rules', 'author', 'valid', 'reason']];
  for (const s of sets) {
    const inUse = active?.id === s.id && active.version === s.version;
    rows.push([
      inUse ? '*' : '',
      `${s.id} v${s.version}`,
      String(s.rules.length),
      s.author,
      `${s.validFrom} … ${s.validTo ?? ''}`,
      s.reason,
    ]);
  }
  for (const line of table(rows)) io.out(line);
  return 0;
}

/** `tamga risk outcomes import <csv>`: exit 0 all recorded, 1 some rows refused. */
export async function outcomesImport(risk: RiskServices, options: { file: string }, io: RiskIo): Promise<number> {
  let text: string;
  try {
    text = await readFile(options.file, 'utf8');
  } catch {
    io.err(`${options.file}: no such file`);
    return 2;
  }
  const report = await importOutcomes(risk.engine, { text, source: `file:${options.file}` });
  for (const p of report.problems.slice(0, 50))
    io.err(`${options.file}:${p.line}${p.column ? ` (${p.column})` : ''}: ${p.message}`);
  if (report.problems.length > 50) io.err(`… ${report.problems.length - 50} more problems`);
  io.out(
    `${count(report.recorded)} of ${count(report.rows)} inspection results recorded; the next tamga risk train learns from them.`,
  );
  return report.problems.length > 0 ? 1 : 0;
}
