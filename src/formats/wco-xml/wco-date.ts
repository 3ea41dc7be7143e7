import { isoDate } from '../iso-date.js';

/**
 * WCO date-time text as ISO 8601. Format codes (UN/EDIFACT 2379): 102 = CCYYMMDD,
 * 304 = CCYYMMDDHHMMSS with an optional zone (`Z`, `+01`, `+0100`). Without a code,
 * ISO 8601 text is accepted as it is.
 */
export function wcoDateTime(text: string, formatCode: string | undefined): string | undefined {
  if (formatCode === '102') {
    const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
    return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
  }
  if (formatCode === '304') {
    const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|[+-]\d{2}(\d{2})?)?$/.exec(text);
    if (!match) return undefined;
    const day = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
    if (day === undefined || Number(match[4]) > 23 || Number(match[5]) > 59 || Number(match[6]) > 60) return undefined;
    return `${day}T${match[4]}:${match[5]}:${match[6]}${zone(match[7])}`;
  }
  if (formatCode !== undefined) return undefined;
  return /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(text) ? text : undefined;
}

function zone(text: string | undefined): string {
  if (text === undefined) return '';
  if (text === 'Z') return 'Z';
  return `${text.slice(0, 3)}:${text.length > 3 ? text.slice(3) : '00'}`;
}
