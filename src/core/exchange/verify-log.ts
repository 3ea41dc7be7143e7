import { canonicalJson } from '../model/canonical-json.js';
import type { Sha256 } from '../ports/hasher.js';
import { checkpointProblem, type Checkpoint } from './checkpoint.js';
import { GENESIS_HASH, type LogEntry } from './log-entry.js';
import type { MemberKey } from './member.js';
import type { SignatureVerifier } from './ports/signature.js';

export type LogProblem =
  | 'hash-mismatch'
  | 'link-broken'
  | 'sequence-gap'
  | 'malformed-entry'
  | 'column-mismatch'
  | 'checkpoint-mismatch'
  | 'checkpoint-signature'
  | 'checkpoint-beyond-head';

export type LogVerification =
  | {
      status: 'intact';
      entries: number;
      head: string;
      checkpoints: number;
      lastCheckpointSeq?: number;
      /** Entries after the last checkpoint: protected by the chain, not yet by a signature. */
      unsealed: number;
    }
  | {
      status: 'broken';
      /** The first entry found altered (or, for a checkpoint problem, the checkpoint's seq). */
      seq: number;
      problem: LogProblem;
      detail: string;
      /** Entries checked before the problem showed. */
      checked: number;
    };

export interface LogVerifierOptions {
  sha256: Sha256;
  checkpoints: readonly Checkpoint[];
  hubKeys: readonly MemberKey[];
  verify: SignatureVerifier;
}

type Broken = Extract<LogVerification, { status: 'broken' }>;

/**
 * Verifies the log offline, entry by entry, as pages stream in: every entry's hash from its
 * text, every link to its predecessor, consecutive numbers, and every checkpoint's signature
 * and head. Stops at the first problem and names the entry.
 */
export function createLogVerifier(options: LogVerifierOptions) {
  const bySeq = new Map(options.checkpoints.map((checkpoint) => [checkpoint.seq, checkpoint]));
  let previous = { seq: 0, hash: GENESIS_HASH };
  let broken: Broken | undefined;
  const fail = (seq: number, problem: LogProblem, detail: string): false => {
    broken = { status: 'broken', seq, problem, detail, checked: previous.seq };
    return false;
  };

  const check = (entry: LogEntry): boolean => {
    if (entry.seq !== previous.seq + 1)
      return fail(previous.seq + 1, 'sequence-gap', `entry ${previous.seq + 1} is missing (next is ${entry.seq})`);
    if (options.sha256(entry.text) !== entry.hash)
      return fail(entry.seq, 'hash-mismatch', `entry ${entry.seq} does not hash to its recorded hash: it was altered`);
    const content = parse(entry.text);
    if (!content || content.seq !== entry.seq)
      return fail(entry.seq, 'malformed-entry', `entry ${entry.seq} is not a canonical log entry`);
    if (content.prevHash !== previous.hash) {
      return previous.seq === 0
        ? fail(entry.seq, 'link-broken', 'entry 1 does not start from the genesis hash')
        : fail(
            previous.seq,
            'link-broken',
            `entry ${previous.seq} is not what entry ${entry.seq} recorded: it was rewritten`,
          );
    }
    if ((content.messageId ?? undefined) !== (entry.messageId ?? undefined))
      return fail(entry.seq, 'column-mismatch', `entry ${entry.seq}: the indexed message id differs from the entry`);
    const checkpoint = bySeq.get(entry.seq);
    if (checkpoint && checkpoint.head !== entry.hash) {
      return fail(
        entry.seq,
        'checkpoint-mismatch',
        `checkpoint ${entry.seq} sealed another head: an entry up to ${entry.seq} was rewritten with every later hash`,
      );
    }
    previous = { seq: entry.seq, hash: entry.hash };
    return true;
  };

  return {
    /** Feeds the next entries in order; false once a problem is found. */
    push(entries: readonly LogEntry[]): boolean {
      if (broken) return false;
      return entries.every(check);
    },
    result(): LogVerification {
      if (broken) return broken;
      return finish(previous, options);
    },
  };
}

function finish(head: { seq: number; hash: string }, options: LogVerifierOptions): LogVerification {
  const sorted = [...options.checkpoints].sort((a, b) => a.seq - b.seq);
  for (const checkpoint of sorted) {
    if (checkpoint.seq > head.seq)
      return {
        status: 'broken',
        seq: checkpoint.seq,
        problem: 'checkpoint-beyond-head',
        detail: `checkpoint ${checkpoint.seq} seals entries the log no longer has (it ends at ${head.seq}): entries were removed`,
        checked: head.seq,
      };
    const problem = checkpointProblem(checkpoint, options);
    if (problem !== undefined)
      return {
        status: 'broken',
        seq: checkpoint.seq,
        problem: 'checkpoint-signature',
        detail: problem,
        checked: head.seq,
      };
  }
  const last = sorted.at(-1);
  return {
    status: 'intact',
    entries: head.seq,
    head: head.hash,
    checkpoints: sorted.length,
    lastCheckpointSeq: last?.seq,
    unsealed: head.seq - (last?.seq ?? 0),
  };
}

function parse(text: string): { seq?: unknown; prevHash?: unknown; messageId?: string } | undefined {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    return canonicalJson(value) === text ? value : undefined;
  } catch {
    return undefined;
  }
}
