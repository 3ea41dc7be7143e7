import type { Sha256 } from '../../ports/hasher.js';
import type { ExchangeStore } from '../ports/exchange-store.js';
import type { SignatureVerifier } from '../ports/signature.js';
import { createLogVerifier, type LogVerification } from '../verify-log.js';

export interface VerifyStoredLogOptions {
  store: Pick<ExchangeStore, 'logPage' | 'checkpoints' | 'members'>;
  hubId: string;
  sha256: Sha256;
  verify: SignatureVerifier;
  pageSize?: number;
  /** Called after each page, for progress. */
  onProgress?: (checked: number) => void;
}

/** Reads the whole log page by page and checks it offline (no network, no broker). */
export async function verifyStoredLog(options: VerifyStoredLogOptions): Promise<LogVerification> {
  const members = await options.store.members();
  const hubKeys = members.find((member) => member.id === options.hubId)?.keys ?? [];
  const verifier = createLogVerifier({
    sha256: options.sha256,
    checkpoints: await options.store.checkpoints(),
    hubKeys,
    verify: options.verify,
  });
  const pageSize = options.pageSize ?? 5_000;
  let after = 0;
  for (;;) {
    const page = await options.store.logPage(after, pageSize);
    if (page.length === 0 || !verifier.push(page)) break;
    after = page.at(-1)!.seq;
    options.onProgress?.(after);
  }
  return verifier.result();
}
