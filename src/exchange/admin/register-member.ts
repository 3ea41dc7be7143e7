import type { Member, MemberKind, MemberEndpoints } from '../../core/exchange/member.js';
import { formatApiToken } from '../../core/exchange/credential.js';
import type { MemberStore } from '../../core/exchange/ports/exchange-store.js';
import { nodeSha256 } from '../../adapters/node-sha256.js';
import { generateKeyPair, type PrivateKeyJwk } from '../crypto/ed25519.js';
import { newApiSecret } from '../crypto/random.js';
import { readPublicKey } from './public-key.js';

export interface RegisterMemberOptions {
  store: MemberStore;
  /** Lower-case letters, digits, `-` and `_` (it becomes a broker subject token). */
  id: string;
  name: string;
  kind: MemberKind;
  /** ISO 3166-1 alpha-2. */
  country: string;
  endpoints?: MemberEndpoints;
  /** The member's Ed25519 public key (base64url, JWK or PEM). Absent: a key pair is generated and returned once. */
  publicKey?: string;
  /** Key id; default `<id>-<yyyymmdd>`. */
  kid?: string;
  /** Issue an API key for the HTTP API; default true except for the hub. */
  issueApiKey?: boolean;
  now?: Date;
}

export type RegisterMemberResult =
  | { status: 'registered'; member: Member; apiToken?: string; privateKey?: PrivateKeyJwk }
  | { status: 'exists'; detail: string }
  | { status: 'invalid'; problems: string[] };

const MEMBER_ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const KID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export const defaultKid = (memberId: string, at: Date): string =>
  `${memberId}-${at.toISOString().slice(0, 10).replaceAll('-', '')}-${at.getTime().toString(36)}`;

function problemsOf(options: RegisterMemberOptions, kid: string): string[] {
  const problems: string[] = [];
  if (!MEMBER_ID.test(options.id))
    problems.push(`id "${options.id}": use lower-case letters, digits, - and _ (at most 64)`);
  if (options.name.trim() === '') problems.push('name: give the member a name');
  if (!/^[A-Z]{2}$/.test(options.country))
    problems.push(`country "${options.country}": use an ISO 3166-1 alpha-2 code such as KR`);
  if (options.kid !== undefined && !KID.test(kid))
    problems.push(`kid "${kid}": letters, digits, . _ : - (at most 128)`);
  const endpoints = options.endpoints ?? { delivery: 'pull' };
  if (endpoints.delivery === 'webhook' && !/^https?:\/\//.test(endpoints.webhookUrl ?? ''))
    problems.push('webhookUrl: webhook delivery needs an http(s) URL');
  return problems;
}

/** Registers an agency or a partner administration, with its first key and (by default) an API key. */
export async function registerMember(options: RegisterMemberOptions): Promise<RegisterMemberResult> {
  const now = options.now ?? new Date();
  const kid = options.kid ?? defaultKid(options.id, now);
  const problems = problemsOf(options, kid);
  const given = options.publicKey === undefined ? undefined : readPublicKey(options.publicKey);
  if (given && 'error' in given) problems.push(`publicKey: ${given.error}`);
  if (problems.length > 0) return { status: 'invalid', problems };
  const existing = await options.store.members();
  if (existing.some((member) => member.id === options.id))
    return {
      status: 'exists',
      detail: `member "${options.id}" is registered already: use rotate-key to change its key`,
    };
  if (existing.some((member) => member.keys.some((key) => key.kid === kid)))
    return { status: 'exists', detail: `kid "${kid}" is taken` };
  const privateKey = given ? undefined : generateKeyPair(kid);
  const publicKey = given && 'publicKey' in given ? given.publicKey : privateKey!.x;
  const member: Member = {
    id: options.id,
    name: options.name,
    kind: options.kind,
    country: options.country,
    status: 'active',
    endpoints: options.endpoints ?? { delivery: 'pull' },
    keys: [{ kid, memberId: options.id, publicKey, validFrom: now.toISOString() }],
    createdAt: now.toISOString(),
  };
  const { keys, ...rest } = member;
  await options.store.saveMember(rest);
  await options.store.addKey(keys[0]!);
  const apiToken =
    (options.issueApiKey ?? options.kind !== 'hub')
      ? await issueApiKey(options.store, { memberId: options.id, now })
      : undefined;
  return { status: 'registered', member, ...(apiToken ? { apiToken } : {}), ...(privateKey ? { privateKey } : {}) };
}

/** Issues a new API key for a member, revoking the ones it had. The token is returned once; only its hash is kept. */
export async function issueApiKey(store: MemberStore, options: { memberId: string; now?: Date }): Promise<string> {
  const now = (options.now ?? new Date()).toISOString();
  await store.revokeCredentials(options.memberId, now);
  const { id, secret } = newApiSecret();
  await store.saveCredential({ id, memberId: options.memberId, secretHash: nodeSha256(secret), createdAt: now });
  return formatApiToken(id, secret);
}
