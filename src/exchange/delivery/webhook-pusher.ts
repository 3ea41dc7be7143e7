export type WebhookResult =
  { status: 'delivered'; httpStatus: number } | { status: 'failed'; retryable: boolean; error: string };

export interface WebhookPusher {
  push(request: { url: string; jws: string; messageId: string }): Promise<WebhookResult>;
}

/** Statuses worth trying again; any other 4xx means the receiver will never take it as sent. */
const RETRYABLE = new Set([408, 425, 429]);

/**
 * Posts a signed message to a member's webhook as `application/jose` (compact JWS). The
 * receiver verifies the hub's signature itself; a 2xx means it took the message.
 */
export function createWebhookPusher(options: { timeoutMs?: number } = {}): WebhookPusher {
  return {
    async push({ url, jws, messageId }) {
      try {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/jose', 'tamga-message-id': messageId },
          body: jws,
          signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
        });
        await response.body?.cancel();
        if (response.ok) return { status: 'delivered', httpStatus: response.status };
        const retryable = response.status >= 500 || RETRYABLE.has(response.status);
        return { status: 'failed', retryable, error: `HTTP ${response.status}` };
      } catch (error) {
        return { status: 'failed', retryable: true, error: error instanceof Error ? error.message : String(error) };
      }
    },
  };
}
