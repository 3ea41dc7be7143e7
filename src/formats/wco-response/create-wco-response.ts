import type { Finding } from '../../core/model/finding.js';
import type { NotificationPointer } from './declaration-notification.js';
import { dmsFunctionCode } from './dms-function-codes.js';
import { wcoPointerSteps } from './finding-pointer.js';
import { element, escapeXml, format304 } from './xml-text.js';

const MD = 'urn:wco:datamodel:WCO:DocumentMetaData-DMS:2';
const RES = 'urn:wco:datamodel:WCO:RES-DMS:2';
const RES_DS = 'urn:wco:datamodel:WCO:Response_DS:DMS:2';

/** What a WCO-style answer to a declaration says. */
export interface WcoResponseInput {
  /** DMSACC (01), DMSREJ (03) or DMSRCV (02). */
  outcome: 'accepted' | 'rejected' | 'received';
  /** `Response/FunctionalReferenceID`: this answer's own id (an..35). */
  responseId: string;
  /** `Response/IssueDateTime`, ISO 8601 or Date; written in format 304 (UTC). */
  issuedAt: string | Date;
  /** The declaration answered: its LRN, the MRN given to it, its version. */
  declaration: { lrn?: string; mrn?: string; version?: string | number; acceptedAt?: string | Date };
  /** Errors become `Error` elements, warnings `AdditionalInformation` statements, each with its WCO pointer. */
  findings?: readonly Finding[];
  /** Rule id → `ValidationCode` (an..8). Default: {@link validationCodeOf}. */
  validationCode?: (ruleId: string) => string;
}

const FUNCTION_NAME = { accepted: 'DMSACC', rejected: 'DMSREJ', received: 'DMSRCV' } as const;

/**
 * A WCO DM 3.6 Response (RES-DMS, inside DocumentMetaData) for a declaration, shaped like HMRC's
 * DMS notifications so that a filer's software reads Tamga's answer as it reads theirs: each
 * error carries a `ValidationCode`, a plain-language `Description` that starts with the Tamga
 * rule id (`[HS-UNKNOWN] ...`), and `Pointer`s built from the finding's WCO class chain and
 * element ID. Valid against WCO_RES_2_DMS.xsd.
 */
export function createWcoResponse(input: WcoResponseInput): string {
  const codeOf = input.validationCode ?? validationCodeOf;
  const findings = input.findings ?? [];
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity !== 'error');
  const issued = format304(input.issuedAt) ?? format304(new Date(0))!;
  const body = [
    element('FunctionCode', dmsFunctionCode(FUNCTION_NAME[input.outcome])),
    element('FunctionalReferenceID', input.responseId.slice(0, 35)),
    dateTime('IssueDateTime', issued),
    ...warnings.map((finding) => statement(finding, codeOf)),
    ...errors.map((finding) => error(finding, codeOf)),
    declaration(input, issued),
  ].join('');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<md:MetaData xmlns:md="${MD}"><md:WCODataModelVersionCode>3.6</md:WCODataModelVersionCode><md:WCOTypeName>RES</md:WCOTypeName>` +
    `<Response xmlns="${RES}" xmlns:rds="${RES_DS}">${body}</Response></md:MetaData>\n`
  );
}

/**
 * A stable an..8 code for a rule id: `T` and 7 base-36 characters of its FNV-1a hash. The full
 * rule id travels in the description; the code is what fits the WCO `ValidationCode`.
 */
export function validationCodeOf(ruleId: string): string {
  let hash = 0xcbf29ce484222325n;
  for (const char of ruleId) hash = ((hash ^ BigInt(char.codePointAt(0)!)) * 0x100000001b3n) & 0xffffffffffffffffn;
  return `T${hash.toString(36).toUpperCase().padStart(7, '0').slice(-7)}`;
}

/** `[RULE-ID] message Fix: what to do`, cut to the 512 characters of WCO 488 / 225. */
export function describeFinding(finding: Finding): string {
  const text = `[${finding.ruleId}] ${finding.message} Fix: ${finding.fix}`;
  return text.length <= 512 ? text : `${text.slice(0, 509)}...`;
}

function error(finding: Finding, codeOf: (ruleId: string) => string): string {
  const steps = wcoPointerSteps(finding.pointer);
  return `<Error>${element('Description', describeFinding(finding))}${element('ValidationCode', codeOf(finding.ruleId).slice(0, 8))}${pointers(steps)}</Error>`;
}

function statement(finding: Finding, codeOf: (ruleId: string) => string): string {
  const steps = wcoPointerSteps(finding.pointer);
  return `<AdditionalInformation>${element('StatementCode', codeOf(finding.ruleId).slice(0, 17))}${element('StatementDescription', describeFinding(finding))}${pointers(steps)}</AdditionalInformation>`;
}

function pointers(steps: readonly NotificationPointer[]): string {
  return steps
    .map(
      (step) =>
        `<Pointer>${element('SequenceNumeric', step.sequence)}${element('DocumentSectionCode', step.documentSectionCode)}${element('TagID', step.tagId)}</Pointer>`,
    )
    .join('');
}

function declaration(input: WcoResponseInput, issued: string): string {
  const { lrn, mrn, version, acceptedAt } = input.declaration;
  const accepted =
    input.outcome === 'accepted' ? (acceptedAt === undefined ? issued : format304(acceptedAt)) : undefined;
  return (
    `<Declaration>${accepted === undefined ? '' : dateTime('AcceptanceDateTime', accepted)}` +
    `${element('FunctionalReferenceID', lrn)}${element('ID', mrn)}` +
    `${input.outcome === 'rejected' ? dateTime('RejectionDateTime', issued) : ''}` +
    `${element('VersionID', version === undefined ? undefined : String(version))}</Declaration>`
  );
}

function dateTime(name: string, value304: string): string {
  return `<${name}><rds:DateTimeString formatCode="304">${escapeXml(value304)}</rds:DateTimeString></${name}>`;
}
