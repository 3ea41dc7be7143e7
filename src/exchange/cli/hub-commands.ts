import { existsSync, readFileSync } from 'node:fs';
import type { MemberStore } from '../../core/exchange/ports/exchange-store.js';
import { registerMember } from '../admin/register-member.js';
import { isPrivateKeyJwk, type PrivateKeyJwk } from '../crypto/ed25519.js';
import { consoleIo, writePrivateKey, type CommandIo, type ExitCode } from './command-io.js';

/** Reads the hub's private key file (a JWK with `kid`, as `exchange init` writes it). */
export function readHubKey(path: string): PrivateKeyJwk {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (!isPrivateKeyJwk(value)) throw new Error(`${path} is not an Ed25519 private key JWK with a kid`);
  return value;
}

/** `tamga exchange init`: registers this administration as the hub and writes its signing key. */
export async function exchangeInit(
  options: { store: MemberStore; hubId: string; name: string; country: string; keyFile: string },
  io: CommandIo = consoleIo,
): Promise<ExitCode> {
  if (existsSync(options.keyFile)) {
    io.err(`${options.keyFile} exists: the hub has a key already (rotate it with exchange member rotate-key)`);
    return 2;
  }
  const result = await registerMember({
    store: options.store,
    id: options.hubId,
    name: options.name,
    kind: 'hub',
    country: options.country,
  });
  if (result.status !== 'registered') {
    io.err(result.status === 'exists' ? result.detail : result.problems.join('\n'));
    return 2;
  }
  writePrivateKey(options.keyFile, result.privateKey!);
  io.out(`hub ${options.hubId} registered; signing key ${result.member.keys[0]!.kid} written to ${options.keyFile}`);
  return 0;
}
