import type { IngestReport } from '../../app/ingest-service.js';
import type { TamgaServices } from '../../app/tamga-services.js';
import type { IngestItemResult } from '../../core/ingest/ingest-declarations.js';
import { detectFormat } from '../../formats/detect-format.js';
import type { EdifactDecodedDeclaration } from '../../formats/edifact/edifact-decoder.js';
import { answerEdifact, type DeclarationVerdict } from '../../formats/edifact/response/answer-edifact.js';
import { cusresErrorsFromFindings } from '../../formats/edifact/response/cusres-errors.js';
import { validateEdifactSync } from '../../formats/edifact/validate-edifact.js';
import { createWcoResponse } from '../../formats/wco-response/create-wco-response.js';

export interface InKindAnswer {
  contentType: string;
  body: string;
}

const IN_KIND: Record<'edifact' | 'wco-xml', { mediaTypes: string[]; answer: string }> = {
  edifact: { mediaTypes: ['application/edifact'], answer: 'application/edifact' },
  'wco-xml': { mediaTypes: ['application/xml', 'text/xml'], answer: 'application/xml' },
};

/**
 * A trader's software that sends EDIFACT reads CONTRL and CUSRES, and one that sends WCO XML
 * reads a WCO Response: answer in the language of the request when its Accept header asks for
 * it (`Accept: application/edifact`, `Accept: application/xml`). Otherwise the JSON answer,
 * which carries everything (findings in plain language, quality score, lane).
 */
export function wantsAnswerInKind(body: Uint8Array, headers: { accept?: string }): 'edifact' | 'wco-xml' | undefined {
  const accept = (headers.accept ?? '').toLowerCase();
  if (!accept.includes('edifact') && !accept.includes('xml')) return undefined;
  const format = detectFormat(body);
  if (format !== 'edifact' && format !== 'wco-xml') return undefined;
  return IN_KIND[format].mediaTypes.some((type) => accept.includes(type)) ? format : undefined;
}

export function answerInKind(options: {
  format: 'edifact' | 'wco-xml';
  body: Uint8Array;
  report: IngestReport;
  services: TamgaServices;
  now: Date;
}): InKindAnswer {
  const text = options.format === 'edifact' ? edifactAnswer(options) : wcoAnswer(options);
  return { contentType: IN_KIND[options.format].answer, body: text };
}

/** CONTRL for each interchange, CUSRES for each CUSDEC with the verdict Tamga reached on it. */
function edifactAnswer(options: {
  body: Uint8Array;
  report: IngestReport;
  services: TamgaServices;
  now: Date;
}): string {
  const decoded = [...options.services.decode(options.body)].filter(
    (event): event is EdifactDecodedDeclaration => event.kind === 'declaration' && 'edifact' in event,
  );
  const verdicts = new Map<string, DeclarationVerdict>();
  options.report.results.forEach((result, index) => {
    const event = decoded[index];
    if (!event) return;
    verdicts.set(event.edifact.messageReference, verdictOf(result, event));
  });
  const stamp = options.now.getTime().toString(36).toUpperCase();
  const answers = answerEdifact(validateEdifactSync(options.body), {
    preparedAt: options.now,
    controlReference: (n) => `T${stamp}${n}`.slice(0, 14),
    verdicts,
  });
  return [...answers.contrl, ...answers.cusres.map((cusres) => cusres.edifact)].join('\n');
}

function verdictOf(result: IngestItemResult, event: EdifactDecodedDeclaration): DeclarationVerdict {
  if (result.status === 'duplicate') return {};
  const errors = cusresErrorsFromFindings(result.findings, {
    declaration: event.declaration,
    sourceMap: event.edifact.sourceMap,
  });
  return errors.length > 0 ? { errors } : {};
}

/** One WCO Response (DMSACC or DMSREJ with Error/Pointer) per declaration, several in a wrapper. */
function wcoAnswer(options: { body: Uint8Array; report: IngestReport; services: TamgaServices; now: Date }): string {
  const { report, now } = options;
  const declarations = [...options.services.decode(options.body)].flatMap((event) =>
    event.kind === 'declaration' ? [event.declaration] : [],
  );
  const responses = report.results.map((result, index) => {
    const lrn = declarations[index]?.functionalReferenceId;
    return createWcoResponse({
      outcome: result.status === 'rejected' ? 'rejected' : 'accepted',
      responseId: `${result.id}-v${result.version}`.slice(0, 35),
      issuedAt: now,
      declaration: { version: result.version, ...(lrn ? { lrn } : {}) },
      ...(result.status === 'duplicate' ? {} : { findings: result.findings }),
    });
  });
  if (responses.length === 1 && report.problems.length === 0) return responses[0]!;
  const problems = report.problems.map(
    (problem) =>
      `  <Problem line="${problem.line ?? ''}" column="${problem.column ?? ''}">${escapeXml(problem.message)}</Problem>`,
  );
  const body = responses.map((response) => response.replace(/^<\?xml[^>]*>\s*/, ''));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Responses>\n${[...body, ...problems].join('\n')}\n</Responses>\n`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[char]!);
}
