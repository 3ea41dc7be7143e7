import { readFileSync } from 'node:fs';
import type { DeliveryMode, MemberKind } from '../../core/exchange/member.js';
import { keyStatus } from '../../core/exchange/member.js';
import type { MemberStore } from '../../core/exchange/ports/exchange-store.js';
import { issueApiKey, registerMember } from '../admin/register-member.js';
import { revokeMemberKey, rotateMemberKey } from '../admin/rotate-member-key.js';
import { consoleIo, table, writePrivateKey, type CommandIo, type ExitCode } from './command-io.js';

export interface MemberAddOptions {
  store: MemberStore;
  id: string;
  name: string;
  kind: MemberKind;
  country: string;
  delivery?: DeliveryMode;
  webhookUrl?: string;
  /** File holding the member's public key (base64url, JWK or PEM); absent: generate a key pair. */
  publicKeyFile?: string;
  kid?: string;
  /** Where to write a generated private key (mode 600); required when no public key is given. */
  keyOut?: string;
  json?: boolean;
}

/** `tamga exchange member add`: registers a member, prints its API token once. */
export async function exchangeMemberAdd(options: MemberAddOptions, io: CommandIo = consoleIo): Promise<ExitCode> {
  if (!options.publicKeyFile && !options.keyOut) {
    io.err('give --public-key <file> (the member keeps its private key), or --key-out <file> to generate a pair');
    return 2;
  }
  const result = await registerMember({
    store: options.store,
    id: options.id,
    name: options.name,
    kind: options.kind,
    country: options.country,
    endpoints: {
      delivery: options.delivery ?? 'pull',
      ...(options.webhookUrl ? { webhookUrl: options.webhookUrl } : {}),
    },
    publicKey: options.publicKeyFile ? readFileSync(options.publicKeyFile, 'utf8') : undefined,
    kid: options.kid,
  });
  if (result.status === 'invalid') {
    for (const problem of result.problems) io.err(problem);
    return 2;
  }
  if (result.status === 'exists') {
    io.err(result.detail);
    return 2;
  }
  if (result.privateKey && options.keyOut) writePrivateKey(options.keyOut, result.privateKey);
  const key = result.member.keys[0]!;
  if (options.json)
    io.out(
      JSON.stringify({
        member: result.member,
        apiToken: result.apiToken,
        privateKeyFile: result.privateKey ? options.keyOut : undefined,
      }),
    );
  else {
    io.out(`registered ${result.member.id} (${result.member.kind}, ${result.member.country}), key ${key.kid}`);
    if (result.privateKey)
      io.out(`private key written to ${options.keyOut ?? ''}: give it to the member over a secure channel`);
    if (result.apiToken) io.out(`API token (shown once, only its hash is kept): ${result.apiToken}`);
  }
  return 0;
}

export interface MemberRotateKeyOptions {
  store: MemberStore;
  id: string;
  publicKeyFile?: string;
  kid?: string;
  keyOut?: string;
  graceSeconds?: number;
  /** Revoke this key id at once (compromise) instead of rotating. */
  revoke?: string;
  /** Also replace the member's API token. */
  newApiKey?: boolean;
}

/** `tamga exchange member rotate-key`: new key from now, old keys end (after the grace period). */
export async function exchangeMemberRotateKey(
  options: MemberRotateKeyOptions,
  io: CommandIo = consoleIo,
): Promise<ExitCode> {
  if (options.revoke) {
    const revoked = await revokeMemberKey({ store: options.store, kid: options.revoke });
    (revoked ? io.out : io.err)(
      revoked
        ? `revoked ${options.revoke}: messages signed with it are refused from now on`
        : `no key ${options.revoke}`,
    );
    if (!revoked) return 2;
  }
  if (!options.publicKeyFile && !options.keyOut) {
    if (options.revoke) return 0;
    io.err('give --public-key <file>, or --key-out <file> to generate a pair');
    return 2;
  }
  const result = await rotateMemberKey({
    store: options.store,
    memberId: options.id,
    publicKey: options.publicKeyFile ? readFileSync(options.publicKeyFile, 'utf8') : undefined,
    kid: options.kid,
    graceSeconds: options.graceSeconds,
  });
  if (result.status !== 'rotated') {
    io.err(result.status === 'not-found' ? result.detail : result.problems.join('\n'));
    return 2;
  }
  if (result.privateKey && options.keyOut) writePrivateKey(options.keyOut, result.privateKey);
  io.out(`${options.id}: new key ${result.key.kid}; retired ${result.retired.join(', ') || 'none'}`);
  if (options.newApiKey)
    io.out(`new API token (shown once): ${await issueApiKey(options.store, { memberId: options.id })}`);
  return 0;
}

/** `tamga exchange member list`: members, delivery and keys with their status now. */
export async function exchangeMemberList(
  options: { store: MemberStore; json?: boolean },
  io: CommandIo = consoleIo,
): Promise<ExitCode> {
  const members = await options.store.members();
  if (options.json) {
    io.out(JSON.stringify(members));
    return 0;
  }
  const now = new Date();
  const rows = [['ID', 'KIND', 'COUNTRY', 'STATUS', 'DELIVERY', 'KEYS']];
  for (const member of members) {
    const keys = member.keys.map((key) => `${key.kid} (${keyStatus(key, now)})`).join(', ');
    rows.push([member.id, member.kind, member.country, member.status, member.endpoints.delivery, keys]);
  }
  for (const line of table(rows)) io.out(line);
  return 0;
}
