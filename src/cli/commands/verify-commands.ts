import { InvalidArgumentError, type Command } from 'commander';
import type { TamgaServices } from '../../app/tamga-services.js';
import type { CommandResult } from '../../verification/command-result.js';
import { evaluateVerification } from '../../verification/evaluate-command.js';
import { generateVerificationData } from '../../verification/generate-command.js';
import { verifyManifestsWithStores, verifyTransitWithStores } from '../../verification/verify-cargo-with-stores.js';
import { verifyMirrorWithStores, verifyPartnersWithStores } from '../../verification/verify-partners-with-stores.js';
import { recordedLine, type StoredRunResult, type StoreRunOptions } from '../../verification/verify-stores.js';
import type { CliContext, CommandGroup } from '../cli-context.js';
import { integer, isoDate, positive } from '../option-parsers.js';
import { createProgressBar, type ProgressBar } from '../progress-bar.js';
import { SAMPLE_DATA_FOLDER } from '../serve-command.js';

interface CommonOptions {
  json?: boolean;
  dryRun?: boolean;
  rate?: Record<string, number>;
}

const today = () => new Date().toISOString().slice(0, 10);

/** `tamga verify manifests|transit|partners|mirror|generate|evaluate`: data verification (docs/verification.md). */
export const verifyCommands: CommandGroup = (program, context) => {
  const verify = program
    .command('verify')
    .description('cross-check manifests, transit, partner exports and mirror statistics; findings are stored');

  common(
    verify
      .command('manifests')
      .description('every consignment on the cargo reports must be covered by declarations in time')
      .option('--manifests <paths...>', 'CUSCAR or CSV manifests (default: the cargo reports in the store)')
      .option('--declarations <paths...>', 'our declarations from files (default: the declaration store)')
      .option('--now <date>', 'date of the check: cargo within its coverage period is pending', isoDate, today())
      .option('--coverage-days <n>', 'days after arrival to declare the cargo', integer, 30)
      .option('--days-before <n>', 'days before arrival a declaration may be lodged', integer, 30),
  ).action(
    (
      options: CommonOptions & {
        manifests?: string[];
        declarations?: string[];
        now: string;
        coverageDays: number;
        daysBefore: number;
      },
    ) =>
      run(context, options, (services, base) =>
        verifyManifestsWithStores(services, {
          ...base,
          ...pick(options, ['manifests', 'declarations', 'now', 'coverageDays', 'daysBefore']),
          source: 'cli:verify manifests',
        }),
      ),
  );

  common(
    verify
      .command('transit')
      .description('transit movements not closed in time, seal, mass and package differences, controls')
      .argument('[files...]', 'NCTS phase 5 XML messages or a JSON array of movements (default: the store)')
      .option('--now <date>', 'date of the check', isoDate, today())
      .option('--default-time-limit-days <n>', 'time limit of a movement that declares none', integer, 8),
  ).action((files: string[], options: CommonOptions & { now: string; defaultTimeLimitDays: number }) =>
    run(context, options, (services, base) =>
      verifyTransitWithStores(services, {
        ...base,
        files,
        now: options.now,
        defaultTimeLimitDays: options.defaultTimeLimitDays,
        source: 'cli:verify transit',
      }),
    ),
  );

  for (const [name, description] of [
    ['partners', 'match partner export declarations to our imports; value, mass and HS gaps'],
    ['mirror', 'monthly HS6 x partner flows: our imports (CIF) against partner exports (FOB)'],
  ] as const) {
    const command = common(
      verify
        .command(name)
        .description(description)
        .requiredOption('--partner <paths...>', 'partner export declarations (files or folders)')
        .option('--imports <paths...>', 'our imports from files (default: the declaration store)')
        .option('--factor <n>', 'CIF/FOB factor', positive, 1.06),
    );
    if (name === 'partners') command.option('--estimate-factor', 'estimate the CIF/FOB factor from matched pairs');
    else
      command
        .option('--lag-months <n>', 'months either side compared with each month', integer, 1)
        .option('--top <n>', 'gaps to print and record', integer, 20);
    command.action(
      (
        options: CommonOptions & {
          partner: string[];
          imports?: string[];
          factor: number;
          estimateFactor?: boolean;
          lagMonths?: number;
          top?: number;
        },
      ) =>
        run(context, options, (services, base) => {
          const inputs = {
            ...base,
            partnerExports: options.partner,
            ...(options.imports ? { imports: options.imports } : {}),
            cifFobFactor: options.factor,
          };
          return name === 'partners'
            ? verifyPartnersWithStores(services, {
                ...inputs,
                ...(options.estimateFactor ? { estimateFactor: true } : {}),
                source: 'cli:verify partners',
              })
            : verifyMirrorWithStores(services, {
                ...inputs,
                ...pick(options, ['lagMonths', 'top']),
                source: 'cli:verify mirror',
              });
        }),
    );
  }

  verify
    .command('generate')
    .description('write test data with known distortions: imports, partner exports, manifests, transit, truth')
    .argument('[paths...]', 'our declarations to derive from (default: the bundled samples)')
    .option('--out <folder>', 'folder to write into', './data/verification')
    .option('--seed <n>', 'random seed', integer, 42)
    .option('--limit <n>', 'use at most this many declarations', integer)
    .action(async (paths: string[], options: { out: string; seed: number; limit?: number }) => {
      const result = await generateVerificationData({
        declarations: paths.length > 0 ? paths : [SAMPLE_DATA_FOLDER],
        out: options.out,
        generator: { seed: options.seed },
        ...(options.limit ? { limit: options.limit } : {}),
      });
      console.log(result.text);
      process.exitCode = result.exitCode;
    });

  verify
    .command('evaluate')
    .description('generate partner data with known distortions, match it, print precision, recall and detection')
    .argument('[paths...]', 'our declarations (default: the bundled samples)')
    .option('--seed <n>', 'random seed', integer, 42)
    .option('--json', 'print JSON')
    .action(async (paths: string[], options: { seed: number; json?: boolean }) => {
      const result = await evaluateVerification({
        declarations: paths.length > 0 ? paths : [SAMPLE_DATA_FOLDER],
        generator: { seed: options.seed },
      });
      console.log(options.json ? JSON.stringify(result.data, null, 2) : result.text);
      process.exitCode = result.exitCode;
    });
};

/** Options every check takes. */
function common(command: Command): Command {
  return command
    .option('--rate <currency=units...>', 'units of our currency per unit of another, e.g. USD=1300', rates, {})
    .option('--dry-run', 'check without recording findings')
    .option('--json', 'print JSON (inputs, what was recorded, findings)');
}

type Runner = (
  services: TamgaServices,
  base: Pick<StoreRunOptions, 'record' | 'progress'> & { exchangeRates?: Record<string, number> },
) => Promise<StoredRunResult<unknown>>;

/** Opens the stores, runs with a progress bar on long reads, prints the summary, sets the exit code. */
function run(context: CliContext, options: CommonOptions, work: Runner): Promise<void> {
  return context.withServices(async (services) => {
    let bar: { stage: string; bar: ProgressBar } | undefined;
    const progress = (stage: string, count: number) => {
      if (bar?.stage !== stage) {
        bar?.bar.finish();
        bar = { stage, bar: createProgressBar({ label: `reading ${stage}`, unit: 'items' }) };
      }
      bar.bar.update(count);
    };
    const result = await work(services, {
      ...(options.dryRun ? { record: false } : {}),
      ...(options.rate && Object.keys(options.rate).length > 0 ? { exchangeRates: options.rate } : {}),
      ...(options.json ? {} : { progress }),
    });
    bar?.bar.finish();
    console.log(options.json ? jsonOf(result) : textOf(result));
    return result.exitCode;
  });
}

function textOf(result: StoredRunResult<unknown>): string {
  return [`Inputs: ${result.inputs.join('; ')}.`, result.text, '', recordedLine(result.recorded)].join('\n');
}

function jsonOf(result: StoredRunResult<unknown> & CommandResult<unknown>): string {
  const { inputs, recorded, findings, exitCode } = result;
  return JSON.stringify({ inputs, recorded, exitCode, findings }, null, 2);
}

function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) if (value[key] !== undefined) out[key] = value[key];
  return out;
}

function rates(value: string, previous: Record<string, number>): Record<string, number> {
  const match = /^([A-Za-z]{3})=(\d+(?:\.\d+)?)$/.exec(value);
  if (!match) throw new InvalidArgumentError(`"${value}" is not CURRENCY=units, e.g. USD=1300.`);
  return { ...previous, [match[1]!.toUpperCase()]: Number(match[2]) };
}
