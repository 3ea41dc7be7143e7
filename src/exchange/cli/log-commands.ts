import { readFileSync, writeFileSync } from 'node:fs';
import type { ExchangeHub } from '../hub/exchange-hub.js';
import type { ExchangeStore } from '../../core/exchange/ports/exchange-store.js';
import { verifyStoredLog } from '../../core/exchange/hub/verify-stored-log.js';
import { verifyEvidence } from '../../core/exchange/verify-evidence.js';
import { nodeSha256 } from '../../adapters/node-sha256.js';
import { verifySignature } from '../crypto/ed25519.js';
import { readPublicKey } from '../admin/public-key.js';
import { consoleIo, type CommandIo, type ExitCode } from './command-io.js';

/** `tamga log verify`: checks the whole chain and every checkpoint offline; names the first altered entry. */
export async function logVerify(
  options: { store: ExchangeStore; hubId: string; json?: boolean },
  io: CommandIo = consoleIo,
): Promise<ExitCode> {
  const started = Date.now();
  const result = await verifyStoredLog({
    store: options.store,
    hubId: options.hubId,
    sha256: nodeSha256,
    verify: verifySignature,
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(2);
  if (options.json) io.out(JSON.stringify(result));
  else if (result.status === 'intact') {
    io.out(
      `log intact: ${result.entries} entries, head ${result.head.slice(0, 16)}..., ${result.checkpoints} checkpoints (last at ${result.lastCheckpointSeq ?? 'none'}), ${result.unsealed} unsealed; ${seconds} s`,
    );
  } else {
    io.err(`log BROKEN at entry ${result.seq} (${result.problem}): ${result.detail}`);
    io.err(`${result.checked} entries before it verified`);
  }
  return result.status === 'intact' ? 0 : 1;
}

/** `tamga log export <message-id>`: writes the message's evidence bundle (sealing the log if needed). */
export async function logExport(
  options: { hub: ExchangeHub; messageId: string; out?: string },
  io: CommandIo = consoleIo,
): Promise<ExitCode> {
  const result = await options.hub.exportEvidence(options.messageId);
  if (result.status !== 'exported') {
    io.err(result.detail);
    return 2;
  }
  const text = `${JSON.stringify(result.bundle, null, 2)}\n`;
  const file = options.out ?? `evidence-${options.messageId}.json`;
  if (file === '-') io.out(text.trimEnd());
  else {
    writeFileSync(file, text);
    io.out(
      `evidence for ${options.messageId}: ${result.bundle.chain.length} log entries to checkpoint ${result.bundle.checkpoint.seq}, written to ${file}`,
    );
  }
  return 0;
}

/**
 * `tamga log verify-evidence <file> [--hub-key <file>]`: checks a bundle alone. Every check
 * is printed; the chain is checked even when the signature is good.
 */
export function logVerifyEvidence(
  options: { file: string; hubKeyFile?: string; json?: boolean },
  io: CommandIo = consoleIo,
): ExitCode {
  let bundle: unknown;
  try {
    bundle = JSON.parse(readFileSync(options.file, 'utf8'));
  } catch (error) {
    io.err(`${options.file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    return 2;
  }
  const pinned = options.hubKeyFile ? readPublicKey(readFileSync(options.hubKeyFile, 'utf8')) : undefined;
  if (pinned && 'error' in pinned) {
    io.err(`${options.hubKeyFile ?? ''}: ${pinned.error}`);
    return 2;
  }
  const result = verifyEvidence(bundle, {
    sha256: nodeSha256,
    verify: verifySignature,
    trustedHubKeys: pinned ? [pinned.publicKey] : undefined,
  });
  if (options.json) io.out(JSON.stringify(result));
  else {
    for (const check of result.checks)
      (check.ok ? io.out : io.err)(`${check.ok ? 'ok  ' : 'FAIL'} ${check.check.padEnd(20)} ${check.detail}`);
    (result.status === 'valid' ? io.out : io.err)(
      `evidence ${result.status.toUpperCase()}${result.messageId ? ` for ${result.messageId}` : ''}`,
    );
  }
  return result.status === 'valid' ? 0 : 1;
}

/** `tamga log seal`: seals the current head now. */
export async function logSeal(options: { hub: ExchangeHub }, io: CommandIo = consoleIo): Promise<ExitCode> {
  const checkpoint = await options.hub.seal();
  io.out(
    checkpoint ? `sealed entries up to ${checkpoint.seq} (head ${checkpoint.head.slice(0, 16)}...)` : 'nothing to seal',
  );
  return 0;
}
