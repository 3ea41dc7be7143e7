import { InvalidArgumentError } from 'commander';
import { exchangeOptions, type CommandGroup } from '../cli-context.js';
import { runIngestCommand } from '../ingest-command.js';
import { runServeCommand } from '../serve-command.js';
import { runValidateCommand } from '../validate-command.js';

/** `tamga ingest | validate | serve | db migrate`: the foundation's commands. */
export const declarationCommands: CommandGroup = (program, context) => {
  program
    .command('ingest')
    .description('decode, validate and store declarations from files or folders (JSON, WCO XML, CSV, EDIFACT)')
    .argument('<paths...>', 'files or folders (folders are read recursively)')
    .option('--mapping <name>', 'CSV column mapping (detected from the header when absent)')
    .option('--source <label>', 'lineage source label (default file:<path>)')
    .action((paths: string[], options: { mapping?: string; source?: string }) =>
      context.withServices(async (services) => (await runIngestCommand({ services, paths, ...options })).exitCode, {
        exchange: exchangeOptions(),
      }),
    );

  program
    .command('validate')
    .description('print what the filer must fix, declaration by declaration, without storing anything')
    .argument('<file>', 'a declaration file in any supported format')
    .option('--json', 'print JSON instead of a table')
    .option('--mapping <name>', 'CSV column mapping')
    .action((file: string, options: { json?: boolean; mapping?: string }) =>
      context.withServices(async (services) => (await runValidateCommand({ services, file, ...options })).exitCode),
    );

  program
    .command('serve')
    .description('serve the HTTP API and the dashboard')
    .option('--port <port>', 'port', parsePort, Number(process.env.PORT ?? 8080))
    .option('--host <host>', 'interface to listen on', process.env.HOST ?? '127.0.0.1')
    .option('--load-samples', 'load the bundled sample declarations first when the store is empty')
    .action(async (options: { port: number; host: string; loadSamples?: boolean }) => {
      const services = await context.openServices({
        exchange: exchangeOptions({ ...(options.loadSamples ? { demoMembers: true } : {}) }),
      });
      await runServeCommand({ services, db: context.db(), ...options });
    });

  program
    .command('db')
    .description('database maintenance')
    .command('migrate')
    .description('apply pending schema migrations')
    .action(() =>
      context.withServices((services) => {
        console.log(`The ${services.storeKind} store is at the latest schema.`);
        return Promise.resolve();
      }),
    );
};

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0-65535.');
  return port;
}
