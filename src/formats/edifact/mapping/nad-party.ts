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
  const components = (element: number, from = 0, to?: number) =>
    (nad.elements[element] ?? []).slice(from, to).filter((value) => value !== '');
  const lines = components(2);
  const structuredName = joinLines((nad.elements[3] ?? []).slice(0, 5), LINE, escaped);
  const street = joinLines(nad.elements[4] ?? [], LINE, escaped);
  const party: NadParty = { role: optionalAt(nad, 0) ?? '' };
  const values: Partial<NadParty> = {
    id: optionalAt(nad, 1, 0),
    idList: optionalAt(nad, 1, 1),
    idAgency: optionalAt(nad, 1, 2),
    name: structuredName ?? lines[0],
    street: street ?? (structuredName === undefined && lines.length > 1 ? lines.slice(1).join(', ') : undefined),
    city: optionalAt(nad, 5),
    countrySubdivision: optionalAt(nad, 6),
    postcode: optionalAt(nad, 7),
    countryCode: optionalAt(nad, 8),
    ...(lines.length > 0 ? { lines } : {}),
  };
  for (const [key, value] of Object.entries(values)) if (value !== undefined) Object.assign(party, { [key]: value });
  return party;
}
