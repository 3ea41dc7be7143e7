import { describe, expect, it } from 'vitest';
import type { DecodeEvent } from '../../src/formats/decode-event.js';
import { decodeStream } from '../../src/formats/decode-stream.js';
import { decodeAll, declarations, problems, readFixture, text } from './decode-helpers.js';

/** A source that counts how many chunks were pulled, to see when events come out. */
function countingSource(chunks: Uint8Array[]) {
  const source = {
    pulled: 0,
    async *[Symbol.asyncIterator]() {
      for (const chunk of chunks) {
        await Promise.resolve();
        source.pulled++;
        yield chunk;
      }
    },
  };
  return source;
}

function slices(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let offset = 0; offset < bytes.length; offset += size) out.push(bytes.slice(offset, offset + size));
  return out;
}

async function firstEventAfter(chunks: Uint8Array[]): Promise<{ pulled: number; total: number; event: DecodeEvent }> {
  const source = countingSource(chunks);
  for await (const event of decodeStream(source)) return { pulled: source.pulled, total: chunks.length, event };
  throw new Error('no event');
}

describe('decodeStream', () => {
  it('emits CSV rows while the file is still arriving', async () => {
    const bytes = readFixture('data-samples/customs-declarations/df_syn_valid_eng.csv');
    const { pulled, total, event } = await firstEventAfter(slices(bytes, 16_384));
    expect(event.kind).toBe('declaration');
    expect(total).toBeGreaterThan(50);
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('emits each declaration of an XML batch as soon as its document closes', async () => {
    const doc = new TextDecoder()
      .decode(readFixture('test/fixtures/wco-xml/IMK_TT_IM011a.xml'))
      .replace(/^<\?xml[^>]*\?>/, '');
    const batch = text(`<Declarations>${doc.repeat(40)}</Declarations>`);
    const { pulled, total, event } = await firstEventAfter(slices(batch, 4_096));
    expect(event.kind).toBe('declaration');
    expect(pulled).toBeLessThan(total / 10);
    expect(declarations(decodeAll(batch))).toHaveLength(40);
  });

  it('emits NDJSON lines as they arrive', async () => {
    const line = JSON.stringify({ functionCode: '9', parties: {}, transport: {}, consignment: {}, goodsItems: [] });
    const { pulled, event } = await firstEventAfter(slices(text(`${line}\n`.repeat(500)), 1_000));
    expect(event.kind).toBe('declaration');
    expect(pulled).toBeLessThanOrEqual(2);
  });

  it('detects the format across chunk boundaries and reports unknown input once', async () => {
    const events: DecodeEvent[] = [];
    for await (const event of decodeStream(
      countingSource(slices(readFixture('test/fixtures/broken/binary-junk.bin'), 10)),
    ))
      events.push(event);
    expect(events).toEqual([expect.objectContaining({ code: 'unknown-format' })]);
  });
});

describe('size limits', () => {
  it('refuses a unit larger than maxUnitBytes with a too-large problem', () => {
    const xml = readFixture('test/fixtures/wco-xml/IMZ_TT_IM184a_supplementary_4_items.xml');
    expect(problems(decodeAll(xml, { maxUnitBytes: 10_000 })).map((p) => p.code)).toEqual(['too-large']);
    const json = text(JSON.stringify({ declarations: Array.from({ length: 100 }, () => ({ functionCode: '9' })) }));
    expect(problems(decodeAll(json, { maxUnitBytes: 1_000 })).map((p) => p.code)).toEqual(['too-large']);
    const csv = text(`Ref,HS,Note\nA,010121,"${'x'.repeat(5_000)}\n`);
    const mapping = {
      name: 'm',
      description: 'm',
      identifyingHeaders: ['Ref', 'HS'],
      columns: [{ column: 'Ref', path: 'functionalReferenceId' }],
    };
    expect(problems(decodeAll(csv, { maxUnitBytes: 1_000, csvMappings: [mapping] }))[0]!.code).toBe('too-large');
  });
});
