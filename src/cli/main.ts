import { Command } from 'commander';
import { DEFAULT_STORE_URL } from '../store/create-declaration-store.js';
import { createCliContext, type CommandGroup } from './cli-context.js';
import { declarationCommands } from './commands/declaration-commands.js';
import { exchangeCommands } from './commands/exchange-commands.js';
import { riskCommands } from './commands/risk-commands.js';
import { verifyCommands } from './commands/verify-commands.js';

/** Each command group lives in src/cli/commands and registers itself here. */
const COMMAND_GROUPS: CommandGroup[] = [declarationCommands, riskCommands, verifyCommands, exchangeCommands];

const program = new Command('tamga')
  .description('Tamga customs data hub: receive, refine, store, verify, predict, share and show customs declarations.')
  .option(
    '--db <url>',
    'store: sqlite:<path> or postgres://user@host:port/db',
    process.env.TAMGA_DB ?? DEFAULT_STORE_URL,
  )
  .showHelpAfterError('(run tamga --help for the commands)');

const context = createCliContext(program);
for (const register of COMMAND_GROUPS) register(program, context);

try {
  await program.parseAsync();
} catch (error) {
  console.error(`tamga: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
