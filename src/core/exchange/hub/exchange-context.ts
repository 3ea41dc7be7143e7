import type { Sha256 } from '../../ports/hasher.js';
import type { MessageLimits } from '../open-message.js';
import type { ExchangeStore } from '../ports/exchange-store.js';
import type { MessageSigner, SignatureVerifier } from '../ports/signature.js';
import type { Registry } from './registry.js';

/** What the exchange use cases need; src/exchange/exchange-hub.ts wires the adapters in. */
export interface ExchangeContext {
  store: ExchangeStore;
  registry: Registry;
  /** The hub's member id: sender of what it routes, recipient of what members send. */
  hubId: string;
  /** The hub's current signing key. */
  signer: MessageSigner;
  verify: SignatureVerifier;
  sha256: Sha256;
  now: () => Date;
  newId: () => string;
  limits?: Partial<MessageLimits>;
  /** Lifetime of messages the hub sends; default 3 days. */
  messageTtlMs?: number;
}
