import type { Command } from 'commander';
import { HUB_ID, setUpExchange, type Exchange } from '../../app/exchange-setup.js';
import type { DeliveryMode, MemberKind } from '../../core/exchange/member.js';
import { exchangeAgreementImport, exchangeAgreementList } from '../../exchange/cli/agreement-commands.js';
import { benchExchange } from '../../exchange/cli/bench-commands.js';
import { logExport, logSeal, logVerify, logVerifyEvidence } from '../../exchange/cli/log-commands.js';
import { exchangeMemberAdd, exchangeMemberList, exchangeMemberRotateKey } from '../../exchange/cli/member-commands.js';
import type { CliContext, CommandGroup } from '../cli-context.js';

/** `tamga exchange ...` (members, agreements), `tamga log ...` (the message log), `tamga bench exchange`. */
export const exchangeCommands: CommandGroup = (program, context) => {
  const exchange = program.command('exchange').description('the e-Customs network: members and agreements');
  memberCommands(exchange, context);
  const agreement = exchange.command('agreement').description('data-sharing agreements (policies)');
  agreement
    .command('import')
    .description('import agreement files or folders (default config/agreements); a changed file needs a new version')
    .argument('[paths...]', 'agreement JSON files or folders')
    .action((paths: string[]) => withExchange(context, ({ store }) => exchangeAgreementImport({ store, paths })));
  agreement
    .command('list')
    .description('every agreement version, marking those in force')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withExchange(context, ({ store }) => exchangeAgreementList({ store, ...options })),
    );
  logCommands(program, context);
  const bench = program.commands.find((command) => command.name() === 'bench') ?? program.command('bench');
  bench
    .command('exchange')
    .description('signed messages per second end to end through NATS JetStream, against unsigned in the same run')
    .option('--nats <url>', 'NATS server', process.env.TAMGA_NATS_URL ?? 'nats://127.0.0.1:4222')
    .option('--messages <n>', 'messages per mode', (value) => Number(value), 20_000)
    .option('--json', 'print JSON')
    .action(async (options: { nats: string; messages: number; json?: boolean }) => {
      process.exitCode = await benchExchange({
        natsUrl: options.nats,
        messages: options.messages,
        ...(options.json ? { json: true } : {}),
      });
    });
};

function memberCommands(exchange: Command, context: CliContext): void {
  const member = exchange.command('member').description('agencies and partner customs administrations');
  member
    .command('add')
    .description('register a member; prints its API token once')
    .requiredOption('--id <id>', 'lower-case id (becomes a broker subject)')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--kind <kind>', 'agency or customs')
    .requiredOption('--country <code>', 'ISO 3166-1 alpha-2')
    .option('--delivery <mode>', 'pull, webhook or nats', 'pull')
    .option('--webhook-url <url>', 'for webhook delivery')
    .option('--public-key <file>', "the member's Ed25519 public key (it keeps the private key)")
    .option('--key-out <file>', 'generate a key pair and write the private key here')
    .option('--kid <kid>', 'key id')
    .option('--json', 'print JSON')
    .action(
      (options: {
        id: string;
        name: string;
        kind: MemberKind;
        country: string;
        delivery: DeliveryMode;
        webhookUrl?: string;
        publicKey?: string;
        keyOut?: string;
        kid?: string;
        json?: boolean;
      }) =>
        withExchange(context, ({ store }) => {
          const { publicKey, ...rest } = options;
          return exchangeMemberAdd({ store, ...rest, ...(publicKey ? { publicKeyFile: publicKey } : {}) });
        }),
    );
  member
    .command('rotate-key')
    .description('give a member a new key (the old one ends after the grace period), or revoke one at once')
    .argument('<id>', 'member id')
    .option('--public-key <file>', 'the new public key')
    .option('--key-out <file>', 'generate a key pair and write the private key here')
    .option('--kid <kid>', 'key id')
    .option('--grace-seconds <n>', 'keep the old key valid this long', (value) => Number(value))
    .option('--revoke <kid>', 'revoke this key now')
    .option('--new-api-key', 'also issue a new API token')
    .action(
      (
        id: string,
        options: {
          publicKey?: string;
          keyOut?: string;
          kid?: string;
          graceSeconds?: number;
          revoke?: string;
          newApiKey?: boolean;
        },
      ) =>
        withExchange(context, ({ store }) => {
          const { publicKey, ...rest } = options;
          return exchangeMemberRotateKey({ store, id, ...rest, ...(publicKey ? { publicKeyFile: publicKey } : {}) });
        }),
    );
  member
    .command('list')
    .description('members with their keys and delivery')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withExchange(context, ({ store }) => exchangeMemberList({ store, ...options })),
    );
}

function logCommands(program: Command, context: CliContext): void {
  const log = program.command('log').description('the hash-chained message log');
  log
    .command('verify')
    .description('check the whole chain and every checkpoint offline; names the first altered entry')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      withExchange(context, ({ store }) => logVerify({ store, hubId: HUB_ID, ...options })),
    );
  log
    .command('export')
    .description('write the evidence bundle of one message (message, signature, chain proof, checkpoint)')
    .argument('<message-id>', 'message id')
    .option('--out <file>', 'output file (default <message-id>.evidence.json)')
    .action((messageId: string, options: { out?: string }) =>
      withExchange(context, ({ hub }) => logExport({ hub, messageId, ...options })),
    );
  log
    .command('verify-evidence')
    .description('check an evidence bundle alone: signature, key validity, chain to the checkpoint')
    .argument('<file>', 'evidence bundle')
    .option('--hub-key <file>', "pin the hub's public key")
    .option('--json', 'print JSON')
    .action((file: string, options: { hubKey?: string; json?: boolean }) => {
      process.exitCode = logVerifyEvidence({
        file,
        ...(options.hubKey ? { hubKeyFile: options.hubKey } : {}),
        ...(options.json ? { json: true } : {}),
      });
    });
  log
    .command('seal')
    .description('seal the chain head now with a signed checkpoint')
    .action(() => withExchange(context, ({ hub }) => logSeal({ hub })));
}

async function withExchange(context: CliContext, work: (exchange: Exchange) => Promise<0 | 1 | 2>): Promise<void> {
  const exchange = await setUpExchange({ db: context.db() });
  try {
    process.exitCode = await work(exchange);
  } finally {
    await exchange.close();
  }
}
