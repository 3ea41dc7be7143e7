import { describe, expect, it } from 'vitest';
import { benchExchange } from '../../../src/exchange/cli/bench-commands.js';
import { checkService, natsUrl } from '../../support/services.js';
import { captureIo } from '../cli/capture-io.js';

const check = await checkService('NATS', natsUrl);

describe.skipIf(!check.available)('bench exchange', () => {
  it('measures signed and unsigned messages per second end to end through NATS', async () => {
    const io = captureIo();
    expect(await benchExchange({ natsUrl, messages: 400, batchSize: 100, json: true }, io)).toBe(0);
    const result = JSON.parse(io.lines[0]!) as { figures: { mode: string; messages: number; perSecond: number }[] };
    expect(result.figures.map((figure) => [figure.mode, figure.messages])).toEqual([
      ['unsigned', 400],
      ['signed', 400],
    ]);
    expect(result.figures.every((figure) => figure.perSecond > 0)).toBe(true);
  }, 120_000);
});
