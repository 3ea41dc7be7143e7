import { CHECKPOINT_TYP } from './envelope.js';
import { parseJws, signJws } from './jws.js';
import { keyStatus, type MemberKey } from './member.js';
import type { MessageSigner, SignatureVerifier } from './ports/signature.js';
import { isRejection } from './rejection.js';
import type { LogHead } from './log-entry.js';

/** A seal over the log head, signed by the hub: entries up to `seq` can no longer change unseen. */
export interface Checkpoint {
  seq: number;
  head: string;
  sealedAt: string;
  /** Compact JWS (typ `tamga-checkpoint+jws`) over the payload below. */
  jws: string;
}

interface CheckpointPayload {
  type: 'tamga-log-checkpoint';
  hub: string;
  seq: number;
  head: string;
  sealedAt: string;
}

export function signCheckpoint(
  head: LogHead,
  options: { hubId: string; signer: MessageSigner; now: Date },
): Checkpoint {
  const sealedAt = options.now.toISOString();
  const payload: CheckpointPayload = {
    type: 'tamga-log-checkpoint',
    hub: options.hubId,
    seq: head.seq,
    head: head.hash,
    sealedAt,
  };
  return {
    seq: head.seq,
    head: head.hash,
    sealedAt,
    jws: signJws(payload, { signer: options.signer, typ: CHECKPOINT_TYP }),
  };
}

/**
 * Checks that a checkpoint's JWS is signed by one of the hub keys, valid at sealing time,
 * and says exactly what its plain fields say. Returns a problem, or undefined.
 */
export function checkpointProblem(
  checkpoint: Checkpoint,
  options: { hubKeys: readonly MemberKey[]; verify: SignatureVerifier },
): string | undefined {
  const jws = parseJws(checkpoint.jws, { typ: CHECKPOINT_TYP });
  if (isRejection(jws)) return `checkpoint ${checkpoint.seq}: ${jws.message}`;
  const key = options.hubKeys.find((candidate) => candidate.kid === jws.header.kid);
  if (!key) return `checkpoint ${checkpoint.seq}: signed with key "${jws.header.kid}", which is not a hub key`;
  if (!options.verify(key.publicKey, jws.signingInput, jws.signature))
    return `checkpoint ${checkpoint.seq}: the signature does not verify`;
  const payload = jws.payload as Partial<CheckpointPayload>;
  if (
    payload.type !== 'tamga-log-checkpoint' ||
    payload.seq !== checkpoint.seq ||
    payload.head !== checkpoint.head ||
    payload.sealedAt !== checkpoint.sealedAt
  ) {
    return `checkpoint ${checkpoint.seq}: its fields differ from what the hub signed`;
  }
  const status = keyStatus(key, new Date(checkpoint.sealedAt));
  return status === 'valid'
    ? undefined
    : `checkpoint ${checkpoint.seq}: hub key "${key.kid}" was ${status} when it was sealed`;
}
