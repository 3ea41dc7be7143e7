import type { ReceiveInput, ReceiveResult } from '../../core/exchange/hub/receive-message.js';
import type { Broker, Subscription } from '../../core/ports/broker.js';
import type { ExchangeSubjects } from '../hub/subjects.js';

/**
 * Receives what members publish on `<prefix>.in.<member>`. The subject names the member the
 * transport authenticated (NATS permissions let a member publish to its own subject only).
 * Every outcome is logged by `receive`; refused and replayed messages are acknowledged too,
 * since redelivering them cannot change the answer. A store failure is retried.
 */
export function startInboundConsumer(options: {
  broker: Broker;
  hubId: string;
  subjects: ExchangeSubjects;
  receive: (input: ReceiveInput) => Promise<ReceiveResult>;
  onResult?: (result: ReceiveResult) => void;
}): Promise<Subscription> {
  const decoder = new TextDecoder();
  return options.broker.subscribe({
    durable: `${options.hubId}-inbound`,
    subject: options.subjects.allIn,
    maxInFlight: 64,
    handler: async (delivery) => {
      const input = decoder.decode(delivery.message.data);
      const result = await options.receive({
        input,
        authenticatedMemberId: options.subjects.memberOf(delivery.message.subject),
      });
      options.onResult?.(result);
      return { status: 'ack' };
    },
  });
}
