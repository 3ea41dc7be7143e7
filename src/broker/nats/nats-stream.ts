import { RetentionPolicy, StorageType, nanos, type JetStreamManager } from 'nats';

export interface StreamConfig {
  name: string;
  subjects: string[];
  /** How long a message id is remembered for de-duplication; must outlast a broker outage. */
  duplicateWindowMs: number;
  /** How long messages stay in the stream; 0 keeps them until limits are hit. */
  maxAgeMs: number;
}

/** Creates the stream, or brings an existing one's subjects and windows up to date. */
export async function ensureStream(jsm: JetStreamManager, config: StreamConfig): Promise<void> {
  const wanted = {
    name: config.name,
    subjects: config.subjects,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(config.duplicateWindowMs),
    max_age: nanos(config.maxAgeMs),
  };
  const existing = await jsm.streams.info(config.name).catch(() => undefined);
  if (!existing) await jsm.streams.add(wanted);
  else
    await jsm.streams.update(config.name, {
      ...existing.config,
      subjects: config.subjects,
      duplicate_window: wanted.duplicate_window,
      max_age: wanted.max_age,
    });
}
