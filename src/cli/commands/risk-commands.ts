import type { RiskServices, TamgaServices } from '../../app/tamga-services.js';
import { runRiskEvaluateCommand } from '../../risk/run-risk-evaluate-command.js';
import type { CliContext, CommandGroup } from '../cli-context.js';
import { integer, isoDate } from '../option-parsers.js';
import { riskModels, riskPromote, riskRescore, riskRollback, riskTrain } from '../risk/model-commands.js';
import { consoleRiskIo } from '../risk/risk-io.js';
import { outcomesImport, rulesActivate, rulesBacktest, rulesImport, rulesList } from '../risk/rule-commands.js';

/**
 * `tamga risk evaluate|train|models|promote|rollback|rescore|outcomes import` and
 * `tamga rules import|list|activate|backtest` (docs/risk.md). The work lives in src/cli/risk;
 * this file only names the commands and their options.
 */
export const riskCommands: CommandGroup = (program, context) => {
  const risk = program
    .command('risk')
    .description('the risk model: evaluate, train, promote, roll back, rescore, outcomes');

  risk
    .command('evaluate')
    .description('train on one period, score a later one: precision at k, AUC, baselines, published figures')
    .requiredOption('--train <files...>', 'declarations with inspection outcomes to train on (CSV)')
    .requiredOption('--test <files...>', 'a later period to measure on (CSV)')
    .option('--json', 'print one JSON object')
    .action(async (options: { train: string[]; test: string[]; json?: boolean }) => {
      const { exitCode } = await runRiskEvaluateCommand(options);
      process.exitCode = exitCode;
    });

  risk
    .command('train')
    .description(
      'train a model on the stored inspection outcomes; promoted when it beats the one in use on a held-out period',
    )
    // Both flags defined: promote stays undefined unless one is given, and the comparison decides.
    .option('--promote', 'put the new version in use even if it does not beat the active one')
    .option('--no-promote', 'register the new version without putting it in use')
    .option('--no-refit', 'keep the model fitted without the held-out period (faster)')
    .option('--json', 'print the training report as JSON')
    .action((options: { promote?: boolean; refit?: boolean; json?: boolean }) =>
      withRisk(context, (r) => riskTrain(r, options, consoleRiskIo)),
    );

  risk
    .command('models')
    .description('the registered model versions, their training range and metrics; * marks the one in use')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => withRisk(context, (r) => riskModels(r, options, consoleRiskIo)));

  risk
    .command('promote')
    .description('put a registered model version in use')
    .argument('<version>', 'a version from tamga risk models')
    .option('--reason <text>', 'why, kept in the registry')
    .action((version: string, options: { reason?: string }) =>
      withRisk(context, (r) => riskPromote(r, { version, ...options }, consoleRiskIo)),
    );

  risk
    .command('rollback')
    .description('return to the model version in use before the last promotion')
    .option('--reason <text>', 'why, kept in the registry')
    .action((options: { reason?: string }) => withRisk(context, (r) => riskRollback(r, options, consoleRiskIo)));

  risk
    .command('rescore')
    .description('decide the lanes of a period again with the model and rules in use (point in time)')
    .option('--from <date>', 'first declaration date, YYYY-MM-DD', isoDate)
    .option('--to <date>', 'last declaration date, YYYY-MM-DD', isoDate)
    .option('--json', 'print the report as JSON')
    .option('--quiet', 'no progress bar')
    .action((options: { from?: string; to?: string; json?: boolean; quiet?: boolean }) =>
      withRisk(context, (r) => riskRescore(r, { ...options, quiet: options.quiet || options.json }, consoleRiskIo)),
    );

  risk
    .command('outcomes')
    .description('inspection outcomes')
    .command('import')
    .description('record inspection results from a CSV: declaration (id, LRN or MRN), outcome, critical, revenue, ...')
    .argument('<file>', 'CSV file with a header row')
    .action((file: string) => withRisk(context, (r) => outcomesImport(r, { file }, consoleRiskIo)));

  const rules = program
    .command('rules')
    .description('targeting rules (risk profiles): import, list, activate, backtest');

  rules
    .command('import')
    .description('store rule set files (config/rules/*.json); a changed set needs a new version')
    .argument('<files...>', 'rule set JSON files')
    .option('--activate', 'put the last set in use for new declarations')
    .action((files: string[], options: { activate?: boolean }) =>
      withRisk(context, (r) => rulesImport(r, { files, ...options }, consoleRiskIo)),
    );

  rules
    .command('list')
    .description('the stored rule sets; * marks the one in use')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => withRisk(context, (r) => rulesList(r, options, consoleRiskIo)));

  rules
    .command('activate')
    .description('put a stored rule set in use (no arguments: none)')
    .argument('[id]', 'rule set id')
    .argument('[version]', 'rule set version', integer)
    .action((id: string | undefined, version: number | undefined) =>
      withRisk(context, (r) =>
        rulesActivate(r, { ...(id ? { id } : {}), ...(version ? { version } : {}) }, consoleRiskIo),
      ),
    );

  rules
    .command('backtest')
    .description(
      'replay a rule set over the stored history: hits, hit rate, load per day, rules that cannot fire or are shadowed',
    )
    .argument('<file>', 'rule set JSON file')
    .option('--from <date>', 'first declaration date, YYYY-MM-DD', isoDate)
    .option('--to <date>', 'last declaration date, YYYY-MM-DD', isoDate)
    .option('--red-per-day <n>', 'red places per day, checked beside the red share', integer)
    .option('--json', 'print the report as JSON')
    .action((file: string, options: { from?: string; to?: string; redPerDay?: number; json?: boolean }) =>
      withRisk(context, (r) => rulesBacktest(r, { file, ...options }, consoleRiskIo)),
    );
};

function withRisk(context: CliContext, work: (risk: RiskServices) => Promise<number>): Promise<void> {
  return context.withServices((services: TamgaServices) => {
    if (!services.risk) throw new Error('the risk engine is not available on this store');
    return work(services.risk);
  });
}
