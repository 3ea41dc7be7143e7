import { describe, expect, it } from 'vitest';
import type {
  EdifactEvent,
  EdifactMessage,
  InterchangeResult,
} from '../../../src/formats/edifact/syntax/edifact-message.js';
import { messageBytes } from '../../../src/formats/edifact/syntax/edifact-message.js';
import { readEdifact, readEdifactSync } from '../../../src/formats/edifact/syntax/read-edifact.js';

const messages = (events: EdifactEvent[]): EdifactMessage[] =>
  events.flatMap((e) => (e.kind === 'message' ? [e.message] : []));
const interchanges = (events: EdifactEvent[]): InterchangeResult[] =>
  events.flatMap((e) => (e.kind === 'interchange' ? [e.interchange] : []));

const SIMPLE = "UNB+UNOC:3+SENDER+RECIPIENT+240131:1200+REF1'UNH+1+CUSDEC:D:96B:UN'BGM+929+LRN1+9'UNT+3+1'UNZ+1+REF1'";

describe('EDIFACT syntax: service string advice and separators', () => {
  it('reads the version 3 defaults when there is no UNA', () => {
    const [message] = messages(readEdifactSync(SIMPLE));
    expect(message!.interchange.separators).toEqual({
      component: ':',
      element: '+',
      decimal: '.',
      release: '?',
      segment: "'",
    });
    expect(message!.segments.map((s) => s.tag)).toEqual(['UNH', 'BGM', 'UNT']);
    expect(message!.segments[1]!.elements).toEqual([['929'], ['LRN1'], ['9']]);
  });

  it('takes other separators and a comma decimal mark from UNA', () => {
    const text =
      'UNA|^,! ~UNB^UNOC|3^S^R^240131|1200^R1~UNH^1^CUSDEC|D|96B|UN~MOA^39|12,5~FTX^AAA^^^a!^b!|c~UNT^4^1~UNZ^1^R1~';
    const [message] = messages(readEdifactSync(text));
    expect(message!.interchange.separators).toMatchObject({
      component: '|',
      element: '^',
      decimal: ',',
      release: '!',
      segment: '~',
    });
    expect(message!.segments[1]!.elements).toEqual([['39', '12,5']]);
    expect(message!.segments[2]!.elements[3]).toEqual(['a^b|c']);
    expect(message!.findings).toEqual([]);
  });

  it('unescapes the release character before every service character, itself included', () => {
    const text =
      "UNB+UNOC:3+S+R+240131:1200+R1'UNH+1+CUSDEC:D:96B:UN'FTX+AAA+++it?'s 5?+3?:4 ?? done'UNT+3+1'UNZ+1+R1'";
    const [message] = messages(readEdifactSync(text));
    expect(message!.segments[1]!.elements[3]).toEqual(["it's 5+3:4 ? done"]);
  });

  it('reads syntax 4 repetitions with the default repetition separator', () => {
    const text = "UNB+UNOA:4+S+R+20240131:1200+R1'UNH+1+PAXLST:D:03B:UN'ATT+2++M*F:X'UNT+3+1'UNZ+1+R1'";
    const [message] = messages(readEdifactSync(text));
    const att = message!.segments[1]!;
    expect(att.elements[2]).toEqual(['M']);
    expect(att.repeats?.[2]).toEqual([['M'], ['F', 'X']]);
  });

  it('does not treat * as a repetition separator in syntax 3', () => {
    const text = "UNB+UNOA:3+S+R+240131:1200+R1'UNH+1+PAXLST:D:03B:UN'FTX+AAA+++A*B'UNT+3+1'UNZ+1+R1'";
    const [message] = messages(readEdifactSync(text));
    expect(message!.segments[1]!.elements[3]).toEqual(['A*B']);
  });

  it('recognises level B information separators without UNA', () => {
    const text =
      'UNB\x1dUNOB\x1f3\x1dS\x1dR\x1d240131\x1f1200\x1dR1\x1cUNH\x1d1\x1dCUSDEC\x1fD\x1f96B\x1fUN\x1cUNT\x1d2\x1d1\x1cUNZ\x1d1\x1dR1\x1c';
    const [message] = messages(readEdifactSync(text));
    expect(message!.header).toMatchObject({ type: 'CUSDEC', release: '96B' });
    expect(message!.findings).toEqual([]);
  });
});

describe('EDIFACT syntax: envelopes and counts', () => {
  it('reports a UNT count mismatch without losing the message', () => {
    const text = SIMPLE.replace("UNT+3+1'", "UNT+5+1'");
    const events = readEdifactSync(text);
    const [message] = messages(events);
    expect(message!.segments).toHaveLength(3);
    expect(message!.findings).toMatchObject([
      { code: 'count-mismatch', severity: 'warning', syntaxError: '29', segment: 3, tag: 'UNT', elementId: '0074' },
    ]);
    expect(message!.findings[0]!.message).toBe(
      'segment 3 UNT, element 0074: declares 5 segments (UNH to UNT) but 3 were received: part of it may be missing',
    );
  });

  it('checks UNZ count and reference against the interchange', () => {
    const [interchange] = interchanges(readEdifactSync(SIMPLE.replace("UNZ+1+REF1'", "UNZ+2+REF2'")));
    expect(interchange!.findings.map((f) => f.code)).toEqual(['count-mismatch', 'reference-mismatch']);
  });

  it('counts functional groups in UNZ and messages in UNE', () => {
    const text =
      "UNB+UNOA:3+S+R+240131:1200+R1'UNG+CUSDEC+S+R+240131:1200+G1+UN+D:96B'UNH+1+CUSDEC:D:96B:UN'UNT+2+1'" +
      "UNH+2+CUSDEC:D:96B:UN'UNT+2+2'UNE+2+G1'UNZ+1+R1'";
    const events = readEdifactSync(text);
    expect(messages(events).map((m) => m.group?.reference)).toEqual(['G1', 'G1']);
    expect(interchanges(events)[0]!.findings).toEqual([]);
  });

  it('closes a message without UNT when the next UNH comes, and reports it', () => {
    const text = "UNB+UNOA:3+S+R+240131:1200+R1'UNH+1+CUSDEC:D:96B:UN'BGM+929'UNH+2+CUSDEC:D:96B:UN'UNT+2+2'UNZ+2+R1'";
    const [first, second] = messages(readEdifactSync(text));
    expect(first!.findings.map((f) => f.code)).toEqual(['missing-trailer']);
    expect(second!.findings).toEqual([]);
  });

  it('reports a truncated interchange and keeps what it read', () => {
    const events = readEdifactSync(SIMPLE.slice(0, SIMPLE.indexOf('BGM') + 11));
    const [message] = messages(events);
    expect(message!.segments.map((s) => s.tag)).toEqual(['UNH', 'BGM']);
    expect(message!.findings.map((f) => f.code)).toEqual(['truncated', 'missing-trailer']);
    expect(interchanges(events)[0]!.findings.map((f) => f.code)).toEqual(['truncated']);
  });

  it('skips the object data between UNO and UNP (ISO 9735-8 packages)', () => {
    const text = "UNB+UNOW:4+S+R+20240131:1200+R1'UNO+P1+1:Doc1+13:application/pdf+6'a'b+c'UNP+6+P1'UNZ+1+R1'";
    const events = readEdifactSync(text);
    expect(events.map((e) => e.kind)).toEqual(['package', 'interchange']);
    expect(interchanges(events)[0]!.findings).toEqual([]);
  });

  it('reads the same messages whatever the chunk boundaries', async () => {
    const text =
      "UNA:+.? 'UNB+UNOC:3+S+R+240131:1200+R1'\r\nUNH+1+CUSDEC:D:96B:UN'\r\n\tFTX+AAA+++a?'b??'UNT+3+1'UNZ+1+R1'";
    const bytes = Buffer.from(text, 'latin1');
    const whole = messages(readEdifactSync(bytes));
    for (let size = 1; size <= 12; size++) {
      const chunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      );
      const streamed: EdifactEvent[] = [];
      for await (const event of readEdifact(chunks)) streamed.push(event);
      const got = messages(streamed);
      expect(got.map((m) => m.segments.map((s) => [s.tag, s.elements, s.line]))).toEqual(
        whole.map((m) => m.segments.map((s) => [s.tag, s.elements, s.line])),
      );
      expect(Buffer.from(messageBytes(got[0]!)).toString('latin1')).toBe(
        "UNH+1+CUSDEC:D:96B:UN'\r\n\tFTX+AAA+++a?'b??'UNT+3+1'",
      );
    }
  });
});

describe('EDIFACT syntax: character sets', () => {
  it('decodes UNOC as Latin-1', () => {
    const bytes = Buffer.concat([
      Buffer.from("UNB+UNOC:3+S+R+240131:1200+R1'UNH+1+CUSDEC:D:96B:UN'NAD+CN+++M"),
      Buffer.from([0xfc]),
      Buffer.from("ller'UNT+3+1'UNZ+1+R1'"),
    ]);
    const [message] = messages(readEdifactSync(bytes));
    expect(message!.segments[1]!.elements[3]).toEqual(['Müller']);
    expect(message!.findings).toEqual([]);
  });

  it('reports a UNOA violation with its place', () => {
    const [message] = messages(readEdifactSync(SIMPLE.replace('UNOC', 'UNOA').replace('LRN1', 'lrn1')));
    expect(message!.findings).toMatchObject([
      { code: 'invalid-character', severity: 'error', syntaxError: '21', segment: 2, tag: 'BGM', element: 2 },
    ]);
  });

  it('reports an unknown character set and reads on', () => {
    const events = readEdifactSync(SIMPLE.replace('UNOC', 'XXXX'));
    expect(interchanges(events)[0]!.findings.map((f) => f.code)).toEqual(['charset-unsupported']);
    expect(messages(events)).toHaveLength(1);
  });
});
