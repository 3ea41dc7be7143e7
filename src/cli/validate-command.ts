import { readFile } from 'node:fs/promises';
import type { TamgaServices } from '../app/tamga-services.js';
import type { Finding } from '../core/model/finding.js';
import type { DecodeProblem } from '../formats/decode-event.js';

export interface ValidateCommandOptions {
  services: TamgaServices;
  file: string;
  json?: boolean;
  mapping?: string;
  /** Print at most this many declarations in the table (all in JSON). */
  limit?: number;
}

interface ValidatedDeclaration {
  position: number;
  reference: string;
  typeCode?: string;
  qualityScore: number;
  verdict: 'acceptable' | 'would be rejected';
  findings: Finding[];
}

/** `tamga validate <file>`: what the filer must fix, without storing anything. */
export async function runValidateCommand(options: ValidateCommandOptions): Promise<{ exitCode: number }> {
  const bytes = await readFile(options.file).catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${options.file}: cannot read it (${error.code ?? error.message}). Check the path.`);
  });
  const declarations: ValidatedDeclaration[] = [];
  const problems: DecodeProblem[] = [];
  let messages = 0;
  for (const event of options.services.decode(bytes, options.mapping)) {
    if (event.kind === 'problem') problems.push(event);
    else if (event.kind === 'message') messages += 1;
    else declarations.push(validated(options.services, event.declaration, event.position));
  }
  const rejected = declarations.filter((item) => item.verdict === 'would be rejected').length;
  const summary = {
    declarations: declarations.length,
    wouldBeRejected: rejected,
    undecodable: problems.length,
    messages,
  };
  if (options.json) {
    const plainProblems = problems.map(({ raw: _raw, kind: _kind, ...problem }) => problem);
    console.log(JSON.stringify({ file: options.file, summary, declarations, problems: plainProblems }, null, 2));
  } else {
    console.log(formatTable(declarations, problems, options.limit ?? 50));
    console.log(
      `\n${options.file}: ${summary.declarations} declaration(s), ${rejected} would be rejected, ` +
        `${problems.length} undecodable part(s)${messages ? `, ${messages} other message(s)` : ''}.`,
    );
  }
  return { exitCode: rejected + problems.length > 0 ? 1 : 0 };
}

function validated(
  services: TamgaServices,
  declaration: Parameters<TamgaServices['validator']['validate']>[0],
  position: number,
): ValidatedDeclaration {
  const { findings, qualityScore } = services.validator.validate(declaration, {});
  const reference = declaration.functionalReferenceId ?? declaration.mrn ?? '(no reference)';
  return {
    position,
    reference,
    ...(declaration.typeCode ? { typeCode: declaration.typeCode } : {}),
    qualityScore,
    verdict: findings.some((finding) => finding.severity === 'error') ? 'would be rejected' : 'acceptable',
    findings,
  };
}

function formatTable(declarations: ValidatedDeclaration[], problems: DecodeProblem[], limit: number): string {
  const lines: string[] = [];
  for (const item of declarations.slice(0, limit)) {
    const type = item.typeCode ? `${item.typeCode}  ` : '';
    lines.push(
      `#${item.position}  ${type}${item.reference}  quality ${item.qualityScore}  ${item.verdict.toUpperCase()}`,
    );
    for (const finding of item.findings) {
      const where = `${finding.pointer.path} (WCO ${finding.pointer.wcoId}, ${sectionChain(finding)})`;
      lines.push(`    ${finding.severity.toUpperCase().padEnd(8)} ${finding.ruleId.padEnd(26)} ${where}`);
      lines.push(`             ${finding.message}`);
      lines.push(`             Fix: ${finding.fix}`);
    }
  }
  if (declarations.length > limit) lines.push(`... ${declarations.length - limit} more (use --json for all)`);
  for (const problem of problems) {
    const where =
      problem.line !== undefined ? `line ${problem.line}${problem.column ? `, column ${problem.column}` : ''}` : '';
    lines.push(`UNDECODABLE ${where ? `(${where}) ` : ''}${problem.message}`);
  }
  return lines.join('\n');
}

function sectionChain(finding: Finding): string {
  return finding.pointer.sections
    .map((section) => (section.sequence ? `${section.classId}[${section.sequence}]` : section.classId))
    .join('/');
}
