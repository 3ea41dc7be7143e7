import type { Database, Statement } from 'better-sqlite3';
import type { MessageAppendResult, NewMessage } from '../../core/ports/message-store.js';
import { MESSAGE_COLUMNS, MESSAGE_INSERT_COLUMNS, messageReferences, messageValues } from '../message-row.js';

/** The message store's statements, prepared once per connection (after migration). */
export interface SqliteMessageStatements {
  insertRaw: Statement;
  byId: Statement;
  raw: Statement;
  lrnsForMrn: Statement;
  /** Inserts one message and its references; a known id is a duplicate. */
  insert(message: NewMessage, storedAt: string): MessageAppendResult;
}

export function prepareMessageStatements(db: Database): SqliteMessageStatements {
  const insertMessage = db.prepare(
    `INSERT INTO messages (${MESSAGE_INSERT_COLUMNS.join(', ')})
     VALUES (${MESSAGE_INSERT_COLUMNS.map(() => '?').join(', ')}) ON CONFLICT (id) DO NOTHING`,
  );
  const insertReference = db.prepare('INSERT INTO message_references (kind, value, message_seq) VALUES (?, ?, ?)');
  return {
    insertRaw: db.prepare(
      'INSERT INTO raw_messages (sha256, media_type, body, stored_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
    ),
    byId: db.prepare(`SELECT ${MESSAGE_COLUMNS} FROM messages m WHERE m.id = ?`),
    raw: db.prepare(
      'SELECT r.sha256, r.media_type, r.body FROM messages m JOIN raw_messages r ON r.sha256 = m.raw_sha256 WHERE m.id = ?',
    ),
    lrnsForMrn: db
      .prepare(
        `SELECT lrn FROM messages WHERE mrn = ? AND message_type = 'notification' AND lrn IS NOT NULL ORDER BY seq DESC`,
      )
      .pluck(),
    insert(message, storedAt) {
      const result = insertMessage.run(...messageValues(message, storedAt));
      if (result.changes === 0) return { status: 'duplicate', id: message.id };
      for (const reference of messageReferences(message.identifiers)) {
        insertReference.run(reference.kind, reference.value, result.lastInsertRowid);
      }
      return { status: 'stored', id: message.id };
    },
  };
}
