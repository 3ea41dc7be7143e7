import { currentAgreements } from '../../core/exchange/agreement.js';
import type { AgreementStore } from '../../core/exchange/ports/exchange-store.js';
import { importAgreements } from '../admin/import-agreements.js';
import { consoleIo, table, type CommandIo, type ExitCode } from './command-io.js';

/** `tamga exchange agreement import <files or folders...>` (default: config/agreements). */
export async function exchangeAgreementImport(
  options: { store: AgreementStore; paths: readonly string[] },
  io: CommandIo = consoleIo,
): Promise<ExitCode> {
  const results = await importAgreements(
    options.store,
    options.paths.length > 0 ? options.paths : ['config/agreements'],
  );
  let failed = false;
  for (const result of results) {
    if (result.status === 'invalid') {
      failed = true;
      io.err(`${result.file}: invalid`);
      for (const problem of result.problems) io.err(`  ${problem}`);
    } else if (result.status === 'conflict') {
      failed = true;
      io.err(`${result.file}: ${result.detail}`);
    } else io.out(`${result.file}: ${result.agreement.id} v${result.agreement.version} ${result.status}`);
  }
  return failed ? 1 : 0;
}

/** `tamga exchange agreement list`: every version, marking the ones in force now. */
export async function exchangeAgreementList(
  options: { store: AgreementStore; json?: boolean },
  io: CommandIo = consoleIo,
): Promise<ExitCode> {
  const agreements = await options.store.agreements();
  if (options.json) {
    io.out(JSON.stringify(agreements));
    return 0;
  }
  const inForce = new Set(currentAgreements(agreements, new Date()));
  const rows = [['ID', 'V', 'MEMBER', 'PURPOSE', 'DIRECTION', 'TYPES', 'FIELDS', 'IN FORCE']];
  for (const agreement of agreements) {
    rows.push([
      agreement.id,
      String(agreement.version),
      agreement.memberId,
      agreement.purpose,
      agreement.direction,
      agreement.messageTypes.join(','),
      String(agreement.fields.length),
      inForce.has(agreement) ? 'yes' : 'no',
    ]);
  }
  for (const line of table(rows)) io.out(line);
  return 0;
}
