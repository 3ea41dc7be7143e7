import { Command, InvalidArgumentError } from 'commander';
import { createTamgaServices } from '../app/create-tamga-services.js';
import type { TamgaServices } from '../app/tamga-services.js';
import { DEFAULT_STORE_URL } from '../store/create-declaration-store.js';
import { runIngestCommand } from './ingest-command.js';
import { runServeCommand } from './serve-command.js';
import { runValidateCommand } from './validate-command.js';

const program = new Command('tamga')
  .description('Tamga customs data hub: receive, refine, store, verify, predict, share and show customs declarations.')
  .option(
    '--db <url>',
    'store: sqlite:<path> or postgres://user@host:port/db',
    process.env.TAMGA_DB ?? DEFAULT_STORE_URL,
  )
  .showHelpAfterError('(run tamga --help for the commands)');

program
  .command('ingest')
  .description('decode, validate and store declarations from files or folders (JSON, WCO XML, CSV, EDIFACT)')
  .argument('<paths...>', 'files or folders (folders are read recursively)')
  .option('--mapping <name>', 'CSV column mapping (detected from the header when absent)')
  .option('--source <label>', 'lineage source label (default file:<path>)')
  .action(async (paths: string[], options: { mapping?: string; source?: string }) => {
    await withServices(async (services) => {
      const { exitCode } = await runIngestCommand({ services, paths, ...options });
      process.exitCode = exitCode;
    });
  });

program
  .command('validate')
  .description('print what the filer must fix, declaration by declaration, without storing anything')
  .argument('<file>', 'a declaration file in any supported format')
  .option('--json', 'print JSON instead of a table')
  .option('--mapping <name>', 'CSV column mapping')
  .action(async (file: string, options: { json?: boolean; mapping?: string }) => {
    await withServices(async (services) => {
      const { exitCode } = await runValidateCommand({ services, file, ...options });
      process.exitCode = exitCode;
    });
  });

program
  .command('serve')
  .description('serve the HTTP API and dashboard')
  .option('--port <port>', 'port', parsePort, Number(process.env.PORT ?? 8080))
  .option('--host <host>', 'interface to listen on', process.env.HOST ?? '127.0.0.1')
  .option('--load-samples', 'load the bundled sample declarations first when the store is empty')
  .action(async (options: { port: number; host: string; loadSamples?: boolean }) => {
    const services = await openServices();
    await runServeCommand({ services, db: program.opts<{ db: string }>().db, ...options });
  });

program
  .command('db')
  .description('database maintenance')
  .command('migrate')
  .description('apply pending schema migrations')
  .action(async () => {
    await withServices(async (services) => {
      console.log(`Store ${services.storeKind} is at the latest schema.`);
    });
  });

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is 0-65535.');
  return port;
}

function openServices(): Promise<TamgaServices> {
  return createTamgaServices({ db: program.opts<{ db: string }>().db });
}

async function withServices(work: (services: TamgaServices) => Promise<void>): Promise<void> {
  const services = await openServices();
  try {
    await work(services);
  } finally {
    await services.close();
  }
}

try {
  await program.parseAsync();
} catch (error) {
  console.error(`tamga: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
