import type { AgreementRef } from './agreement.js';
import type { MessageType } from './message-type.js';

/** What a caller needs to know about an accepted message without opening it again. */
export interface MessageMeta {
  messageId: string;
  sender: string;
  type: MessageType;
  agreement: AgreementRef;
}
