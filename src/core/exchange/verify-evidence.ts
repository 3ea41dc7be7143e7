import type { Sha256 } from '../ports/hasher.js';
import { checkpointProblem } from './checkpoint.js';
import { MESSAGE_TYP } from './envelope.js';
import { readEnvelope } from './envelope-schema.js';
import type { EvidenceBundle, EvidenceCheck, EvidenceVerification } from './evidence.js';
import { EvidenceBundleSchema } from './evidence-schema.js';
import { parseJws } from './jws.js';
import { keyStatus } from './member.js';
import type { SignatureVerifier } from './ports/signature.js';
import { isRejection } from './rejection.js';
import { Value } from '@sinclair/typebox/value';

export interface VerifyEvidenceOptions {
  sha256: Sha256;
  verify: SignatureVerifier;
  /** Hub public keys (base64url) known out of band; without them the bundle's own are used, and said so. */
  trustedHubKeys?: readonly string[];
}

/**
 * Checks an evidence bundle alone. Every check runs and is reported, so that a valid
 * signature can never hide a broken chain (the gap X-Road's verifier leaves).
 */
export function verifyEvidence(bundle: unknown, options: VerifyEvidenceOptions): EvidenceVerification {
  if (!Value.Check(EvidenceBundleSchema, bundle)) {
    const first = Value.Errors(EvidenceBundleSchema, bundle).First();
    return {
      status: 'invalid',
      checks: [
        {
          check: 'bundle-format',
          ok: false,
          detail: `${first?.path || '/'}: ${first?.message ?? 'not an evidence bundle'}`,
        },
      ],
    };
  }
  const checks: EvidenceCheck[] = [{ check: 'bundle-format', ok: true, detail: 'tamga-evidence/1' }];
  checks.push(
    ...messageChecks(bundle, options),
    ...chainChecks(bundle, options.sha256),
    ...checkpointChecks(bundle, options),
  );
  return { status: checks.every((check) => check.ok) ? 'valid' : 'invalid', messageId: bundle.messageId, checks };
}

function messageChecks(bundle: EvidenceBundle, options: VerifyEvidenceOptions): EvidenceCheck[] {
  const jws = parseJws(bundle.message, { typ: MESSAGE_TYP });
  if (isRejection(jws)) return [{ check: 'message-form', ok: false, detail: `${jws.code}: ${jws.message}` }];
  const envelope = readEnvelope(jws.payload);
  if (isRejection(envelope))
    return [{ check: 'message-form', ok: false, detail: `${envelope.code}: ${envelope.message}` }];
  const checks: EvidenceCheck[] = [
    {
      check: 'message-form',
      ok: envelope.id === bundle.messageId,
      detail:
        envelope.id === bundle.messageId
          ? `message ${envelope.id} from ${envelope.sender} to ${envelope.recipient}`
          : `the message id ${envelope.id} is not the bundle's ${bundle.messageId}`,
    },
  ];
  const key = bundle.senderKeys.find(
    (candidate) => candidate.kid === jws.header.kid && candidate.memberId === envelope.sender,
  );
  if (!key)
    return [
      ...checks,
      { check: 'signing-key', ok: false, detail: `no key "${jws.header.kid}" of ${envelope.sender} in the bundle` },
    ];
  const status = keyStatus(key, new Date(envelope.issuedAt));
  checks.push({
    check: 'signing-key',
    ok: status === 'valid',
    detail: `key ${key.kid} of ${key.memberId} was ${status} at ${envelope.issuedAt}`,
  });
  const signed = options.verify(key.publicKey, jws.signingInput, jws.signature);
  checks.push({
    check: 'message-signature',
    ok: signed,
    detail: signed ? 'Ed25519 signature verifies' : 'the signature does not verify: the message was altered',
  });
  const first = bundle.chain[0];
  const entry = first ? parseEntry(first.text) : undefined;
  const digest = options.sha256(jws.compact);
  const entryOk = entry?.messageId === envelope.id && entry.digest === digest && entry.outcome === 'accepted';
  checks.push({
    check: 'log-entry',
    ok: entryOk,
    detail: entryOk
      ? `log entry ${first?.seq} records this message (digest ${digest.slice(0, 16)}...)`
      : 'the first chain entry does not record this message with this digest',
  });
  return checks;
}

function chainChecks(bundle: EvidenceBundle, sha256: Sha256): EvidenceCheck[] {
  let previous: { seq: number; hash: string } | undefined;
  for (const entry of bundle.chain) {
    if (sha256(entry.text) !== entry.hash)
      return [{ check: 'chain', ok: false, detail: `entry ${entry.seq} does not hash to its recorded hash` }];
    const content = parseEntry(entry.text);
    if (content?.seq !== entry.seq) return [{ check: 'chain', ok: false, detail: `entry ${entry.seq} is malformed` }];
    if (previous && (entry.seq !== previous.seq + 1 || content.prevHash !== previous.hash)) {
      return [{ check: 'chain', ok: false, detail: `entry ${entry.seq} does not follow entry ${previous.seq}` }];
    }
    previous = { seq: entry.seq, hash: entry.hash };
  }
  const last = bundle.chain.at(-1);
  return [
    {
      check: 'chain',
      ok: true,
      detail: `${bundle.chain.length} linked entries, ${bundle.chain[0]?.seq ?? '?'} to ${last?.seq ?? '?'}`,
    },
  ];
}

function checkpointChecks(bundle: EvidenceBundle, options: VerifyEvidenceOptions): EvidenceCheck[] {
  const { checkpoint } = bundle;
  const last = bundle.chain.at(-1);
  const headOk = last?.seq === checkpoint.seq && last.hash === checkpoint.head;
  const problem = checkpointProblem(checkpoint, { hubKeys: bundle.hubKeys, verify: options.verify });
  const checks: EvidenceCheck[] = [
    {
      check: 'checkpoint-head',
      ok: headOk,
      detail: headOk
        ? `the chain ends at the head sealed by checkpoint ${checkpoint.seq}`
        : `the chain does not end at checkpoint ${checkpoint.seq}'s head`,
    },
    {
      check: 'checkpoint-signature',
      ok: problem === undefined,
      detail: problem ?? `checkpoint ${checkpoint.seq} signed by the hub at ${checkpoint.sealedAt}`,
    },
  ];
  checks.push(trustCheck(bundle, options.trustedHubKeys));
  return checks;
}

function trustCheck(bundle: EvidenceBundle, trusted: readonly string[] | undefined): EvidenceCheck {
  if (!trusted)
    return {
      check: 'hub-key-trust',
      ok: true,
      detail: 'hub key taken from the bundle: not pinned (pass the hub public key to pin it)',
    };
  const kid = parseJws(bundle.checkpoint.jws, { typ: 'tamga-checkpoint+jws' });
  const key = isRejection(kid) ? undefined : bundle.hubKeys.find((candidate) => candidate.kid === kid.header.kid);
  const ok = key !== undefined && trusted.includes(key.publicKey);
  return {
    check: 'hub-key-trust',
    ok,
    detail: ok
      ? `checkpoint key ${key.kid} is a trusted hub key`
      : 'the checkpoint was not signed by a trusted hub key',
  };
}

function parseEntry(
  text: string,
): { seq?: number; prevHash?: string; messageId?: string; digest?: string; outcome?: string } | undefined {
  try {
    return JSON.parse(text) as {
      seq?: number;
      prevHash?: string;
      messageId?: string;
      digest?: string;
      outcome?: string;
    };
  } catch {
    return undefined;
  }
}
