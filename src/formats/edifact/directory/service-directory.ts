import type {
  CompositeDefinition,
  ElementDefinition,
  ElementUse,
  SegmentDefinition,
  SegmentDirectory,
  StructureNode,
} from './directory-types.js';

/*
 * Service segments (UNB, UNG, UNH, UNS, UNT, UNE, UNZ) and the CONTRL message belong to the syntax
 * rules (ISO 9735, versions 3 and 4), not to the UNTDID directories: the XML the rest of the directory
 * is compiled from has none of them. They are transcribed here from the syntax rules, in the same
 * shape as the compiled directory.
 */

const ELEMENTS: Record<string, [name: string, repr: string]> = {
  '0001': ['syntax identifier', 'a4'],
  '0002': ['syntax version number', 'an1'],
  '0004': ['interchange sender identification', 'an..35'],
  '0007': ['identification code qualifier', 'an..4'],
  '0008': ['interchange sender internal identification', 'an..35'],
  '0010': ['interchange recipient identification', 'an..35'],
  '0013': ['service segment tag', 'a3'],
  '0014': ['interchange recipient internal identification', 'an..35'],
  '0017': ['date', 'n6'],
  '0019': ['time', 'n4'],
  '0020': ['interchange control reference', 'an..14'],
  '0022': ['recipient reference/password', 'an..14'],
  '0025': ['recipient reference/password qualifier', 'an2'],
  '0026': ['application reference', 'an..14'],
  '0029': ['processing priority code', 'a1'],
  '0031': ['acknowledgement request', 'n1'],
  '0032': ['interchange agreement identifier', 'an..35'],
  '0035': ['test indicator', 'n1'],
  '0036': ['interchange control count', 'n..6'],
  '0038': ['message group identification', 'an..6'],
  '0040': ['application sender identification', 'an..35'],
  '0042': ['interchange sender internal sub-identification', 'an..35'],
  '0044': ['application recipient identification', 'an..35'],
  '0046': ['interchange recipient internal sub-identification', 'an..35'],
  '0048': ['group reference number', 'an..14'],
  '0051': ['controlling agency', 'an..3'],
  '0052': ['message version number', 'an..3'],
  '0054': ['message release number', 'an..3'],
  '0057': ['association assigned code', 'an..6'],
  '0058': ['application password', 'an..14'],
  '0060': ['number of messages', 'n..6'],
  '0062': ['message reference number', 'an..14'],
  '0065': ['message type', 'an..6'],
  '0068': ['common access reference', 'an..35'],
  '0070': ['sequence of transfers', 'n..2'],
  '0073': ['first and last transfer', 'a1'],
  '0074': ['number of segments in the message', 'n..6'],
  '0080': ['service code list directory version number', 'an..6'],
  '0081': ['section identification', 'a1'],
  '0083': ['action, coded', 'an..3'],
  '0085': ['syntax error, coded', 'an..3'],
  '0096': ['segment position in message body', 'n..6'],
  '0098': ['erroneous data element position in segment', 'n..3'],
  '0104': ['erroneous component data element position', 'n..3'],
  '0110': ['code list directory version number', 'an..6'],
  '0113': ['message type sub-function identification', 'an..6'],
  '0133': ['character encoding, coded', 'an..3'],
  '0136': ['erroneous data element occurrence', 'n..6'],
};

const COMPOSITES: Record<string, [name: string, components: string]> = {
  S001: ['syntax identifier', '0001M 0002M'],
  S002: ['interchange sender', '0004M 0007 0008'],
  S003: ['interchange recipient', '0010M 0007 0014'],
  S004: ['date and time of preparation', '0017M 0019M'],
  S005: ['recipient reference/password details', '0022M 0025'],
  S006: ['application sender identification', '0040M 0007'],
  S007: ['application recipient identification', '0044M 0007'],
  S008: ['message version', '0052M 0054M 0057'],
  S009: ['message identifier', '0065M 0052M 0054M 0051M 0057'],
  S010: ['status of the transfer', '0070M 0073'],
  S011: ['data element identification', '0098M 0104'],
};

/** Syntax version 4 changes: longer identifications, 8-digit dates, more identifier components. */
const COMPOSITES_V4: typeof COMPOSITES = {
  ...COMPOSITES,
  S001: ['syntax identifier', '0001M 0002M 0080 0133'],
  S002: ['interchange sender', '0004M 0007 0008 0042'],
  S003: ['interchange recipient', '0010M 0007 0014 0046'],
  S009: ['message identifier', '0065M 0052M 0054M 0051M 0057 0110 0113'],
  S011: ['data element identification', '0098M 0104 0136'],
};

const SEGMENTS: Record<string, [name: string, elements: string]> = {
  UNB: ['interchange header', 'S001M S002M S003M S004M 0020M S005 0026 0029 0031 0032 0035'],
  UNG: ['functional group header', '0038M S006M S007M S004M 0048M 0051M S008M 0058'],
  UNE: ['functional group trailer', '0060M 0048M'],
  UNH: ['message header', '0062M S009M 0068 S010'],
  UNT: ['message trailer', '0074M 0062M'],
  UNZ: ['interchange trailer', '0036M 0020M'],
  UNS: ['section control', '0081M'],
  UCI: ['interchange response', '0020M S002M S003M 0083M 0085 0013 S011'],
  UCM: ['message/package response', '0062M S009M 0083M 0085 0013 S011'],
  UCF: ['group response', '0048M S006 S007 0083M 0085 0013 S011'],
  UCS: ['segment error indication', '0096M 0085'],
  UCD: ['data element error indication', '0085M S011M'],
};

const SEGMENTS_V4: typeof SEGMENTS = {
  ...SEGMENTS,
  UNG: ['group header', '0038 S006 S007 S004 0048M 0051 S008 0058'],
  UCS: ['segment error indication', '0096M S011 0085'],
};

const uses = (spec: string): ElementUse[] =>
  spec.split(' ').map((token): ElementUse => [token.replace('M', ''), token.endsWith('M') ? 1 : 0]);

function build(version: 3 | 4): SegmentDirectory {
  const segments: Record<string, SegmentDefinition> = {};
  const composites: Record<string, CompositeDefinition> = {};
  const elements: Record<string, ElementDefinition> = {};
  for (const [tag, [name, spec]] of Object.entries(version === 4 ? SEGMENTS_V4 : SEGMENTS)) {
    segments[tag] = { name, elements: uses(spec) };
  }
  for (const [id, [name, spec]] of Object.entries(version === 4 ? COMPOSITES_V4 : COMPOSITES)) {
    composites[id] = { name, components: uses(spec) };
  }
  for (const [id, [name, repr]] of Object.entries(ELEMENTS)) elements[id] = { name, repr };
  if (version === 4) elements['0017'] = { name: 'date', repr: 'n8' };
  return { release: `syntax ${version}`, segments, composites, elements };
}

/** Service segment definitions of syntax version 3 (ISO 9735:1988 and amendment 1:1992). */
export const SERVICE_SEGMENTS_V3: SegmentDirectory = build(3);
/** Service segment definitions of syntax version 4 (ISO 9735:1998, batch parts). */
export const SERVICE_SEGMENTS_V4: SegmentDirectory = build(4);

const ucsGroup = (id: string): StructureNode => [
  id,
  0,
  999,
  [
    ['UCS', 1, 1],
    ['UCD', 0, 99],
  ],
];

/** The CONTRL message (syntax and service report) as ISO 9735 defines it. */
export const CONTRL_STRUCTURE: StructureNode[] = [
  ['UNH', 1, 1],
  ['UCI', 1, 1],
  ['SG1', 0, 999999, [['UCM', 1, 1], ucsGroup('SG2')]],
  [
    'SG3',
    0,
    999999,
    [
      ['UCF', 1, 1],
      ['SG4', 0, 999999, [['UCM', 1, 1], ucsGroup('SG5')]],
    ],
  ],
  ['UNT', 1, 1],
];

/** Service code lists checked in service segments (the others are open or partner-specific). */
export const CHECKED_SERVICE_CODE_LISTS = new Set(['0035', '0073', '0081', '0083', '0085']);
