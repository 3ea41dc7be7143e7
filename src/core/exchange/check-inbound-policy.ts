import type { Agreement } from './agreement.js';
import { allowsDirection, isInForce } from './agreement.js';
import type { Envelope } from './envelope.js';
import { compileAllowList } from './field-path.js';
import { bodyProblem } from './message-body.js';
import { HUB_ONLY_TYPES } from './message-type.js';
import { fieldsOutside } from './projection.js';
import { reject, type Rejection } from './rejection.js';
import { declarationInScope } from './scope.js';
import type { Declaration } from '../model/declaration-schema.js';

export interface AuthorisedMessage {
  status: 'authorised';
  agreement: Agreement;
}

/**
 * Deny by default: a message from a member is authorised only by the version in force of an
 * agreement that binds that member, covers the message type inbound, has the same purpose,
 * and allows every field the message carries, for goods in its scope.
 * `agreements` holds every version known (the function picks the one in force).
 */
export function checkInboundPolicy(
  envelope: Envelope,
  agreements: readonly Agreement[],
  now: Date,
): AuthorisedMessage | Rejection {
  const versions = agreements.filter(
    (agreement) => agreement.id === envelope.agreement.id && agreement.memberId === envelope.sender,
  );
  if (versions.length === 0)
    return reject('no-agreement', `no agreement "${envelope.agreement.id}" binds member "${envelope.sender}"`);
  const started = versions.filter((agreement) => Date.parse(agreement.validFrom) <= now.getTime());
  const current = started.sort((a, b) => b.version - a.version)[0];
  if (!current || !isInForce(current, now))
    return reject('agreement-inactive', `agreement "${envelope.agreement.id}" is not in force`);
  if (current.version !== envelope.agreement.version) {
    return reject(
      'agreement-version-mismatch',
      `the message cites version ${envelope.agreement.version}; version ${current.version} is in force`,
    );
  }
  return checkAgainst(envelope, current) ?? { status: 'authorised', agreement: current };
}

function checkAgainst(envelope: Envelope, agreement: Agreement): Rejection | undefined {
  if (HUB_ONLY_TYPES.has(envelope.type)) return reject('wrong-direction', `${envelope.type} flows from the hub only`);
  if (!agreement.messageTypes.includes(envelope.type))
    return reject('message-type-not-allowed', `agreement "${agreement.id}" does not cover ${envelope.type}`);
  if (!allowsDirection(agreement, 'inbound'))
    return reject('wrong-direction', `agreement "${agreement.id}" lets ${envelope.type} flow from the hub only`);
  if (envelope.purpose !== agreement.purpose)
    return reject(
      'wrong-purpose',
      `purpose "${envelope.purpose}" is not the agreement's purpose "${agreement.purpose}"`,
    );
  const problem = bodyProblem(envelope);
  if (problem !== undefined) return reject('invalid-body', problem);
  const declaration = envelope.body.declaration;
  if (declaration === undefined) return undefined;
  const outside = fieldsOutside(declaration, compileAllowList(agreement.fields).trie);
  if (outside.length > 0)
    return reject(
      'field-not-allowed',
      `outside agreement "${agreement.id}": ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ` and ${outside.length - 5} more` : ''}`,
    );
  if (!declarationInScope(declaration as Partial<Declaration>, agreement.scope))
    return reject('out-of-scope', `the goods are outside the scope of agreement "${agreement.id}"`);
  return undefined;
}
