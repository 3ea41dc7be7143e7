import type { Broker, Subscription } from '../../core/ports/broker.js';
import type { ExchangeSubjects } from '../hub/subjects.js';
import type { MemberReceiveResult, MemberReceiver } from './member-receiver.js';

/**
 * A member consuming its own subject on the hub's JetStream (`delivery: 'nats'`), with a
 * durable consumer: what it has not acknowledged (it crashed mid-batch) comes again, and
 * the receiver processes each message id once.
 */
export function startMemberConsumer(options: {
  broker: Broker;
  subjects: ExchangeSubjects;
  memberId: string;
  receiver: MemberReceiver;
  onResult?: (result: MemberReceiveResult) => void;
  ackWaitMs?: number;
  maxInFlight?: number;
}): Promise<Subscription> {
  const decoder = new TextDecoder();
  return options.broker.subscribe({
    durable: `${options.memberId}-inbox`,
    subject: options.subjects.out(options.memberId),
    ackWaitMs: options.ackWaitMs,
    maxInFlight: options.maxInFlight,
    handler: async (delivery) => {
      const result = await options.receiver.receive(decoder.decode(delivery.message.data));
      options.onResult?.(result);
      return { status: 'ack' };
    },
  });
}
