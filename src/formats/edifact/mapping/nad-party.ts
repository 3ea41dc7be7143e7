import { optionalAt, type EdifactSegment } from '../syntax/edifact-segment.js';
import { joinLines } from './edifact-values.js';

/** A party as NAD gives it: identifier, name and address, whichever form (structured or lines) was used. */
export interface NadParty {
  role: string;
  id?: string;
  /** Code list of the identifier (C082 1131 / 3055). */
  idList?: string;
  idAgency?: string;
  name?: string;
  street?: string;
  city?: string;
  postcode?: string;
  countrySubdivision?: string;
  countryCode?: string;
  /** Unstructured name-and-address lines (C058), as sent. */
  lines?: string[];
}

const LINE = 35;

/** Reads NAD. Without a structured name (C080), the first C058 line is the name and the rest the address. */
export function readNad(nad: EdifactSegment, escaped = ''): NadParty {
  const elements = nad.elements;
  const lines = (elements[2] ?? []).filter((value) => value !== '');
  const structuredName = joinLines((elements[3] ?? []).slice(0, 5), LINE, escaped);
  const street = joinLines(elements[4] ?? [], LINE, escaped);
  const party: NadParty = { role: optionalAt(nad, 0) ?? '' };
  const set = (key: Exclude<keyof NadParty, 'role' | 'lines'>, value: string | undefined) => {
    if (value !== undefined) party[key] = value;
  };
  set('id', optionalAt(nad, 1, 0));
  set('idList', optionalAt(nad, 1, 1));
  set('idAgency', optionalAt(nad, 1, 2));
  set('name', structuredName ?? lines[0]);
  set('street', street ?? (structuredName === undefined && lines.length > 1 ? lines.slice(1).join(', ') : undefined));
  set('city', optionalAt(nad, 5));
  set('countrySubdivision', optionalAt(nad, 6));
  set('postcode', optionalAt(nad, 7));
  set('countryCode', optionalAt(nad, 8));
  if (lines.length > 0) party.lines = lines;
  return party;
}
