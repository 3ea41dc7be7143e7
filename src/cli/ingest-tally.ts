import type { IngestItemResult } from '../core/ingest/ingest-declarations.js';
import type { DecodeProblem } from '../formats/decode-event.js';
import type { IngestedMessage } from '../messages/ingest-messages.js';

/** Running totals of an ingest run; keeps a few examples, never every item (memory stays flat). */
export interface IngestTally {
  accepted: number;
  rejected: number;
  duplicates: number;
  undecodable: number;
  /** Messages other than declarations stored (notifications, ENS, transit, cargo reports), and those already stored. */
  messages: number;
  messageDuplicates: number;
  /** Messages received per standard name (`CC015C`, `DMSACC`, `CUSCAR`...). */
  messagesByName: Map<string, number>;
  /** Rejected declarations per error rule. */
  rejectedByRule: Map<string, number>;
  warningsByRule: Map<string, number>;
  problemExamples: Array<DecodeProblem & { file: string }>;
  rejectedExamples: Array<{ file: string; position: number; id: string; message: string }>;
}

const EXAMPLES = 10;

export function createIngestTally(): IngestTally {
  return {
    accepted: 0,
    rejected: 0,
    duplicates: 0,
    undecodable: 0,
    messages: 0,
    messageDuplicates: 0,
    messagesByName: new Map(),
    rejectedByRule: new Map(),
    warningsByRule: new Map(),
    problemExamples: [],
    rejectedExamples: [],
  };
}

export function addToTally(
  tally: IngestTally,
  batch: { results: IngestItemResult[]; problems: DecodeProblem[]; messages?: IngestedMessage[] },
  file: string,
): void {
  for (const message of batch.messages ?? []) {
    if (message.status === 'stored') tally.messages += 1;
    else tally.messageDuplicates += 1;
    tally.messagesByName.set(message.name, (tally.messagesByName.get(message.name) ?? 0) + 1);
  }
  for (const result of batch.results) {
    if (result.status === 'duplicate') {
      tally.duplicates += 1;
      continue;
    }
    if (result.status === 'accepted') tally.accepted += 1;
    else tally.rejected += 1;
    const errors = result.findings.filter((finding) => finding.severity === 'error');
    for (const finding of result.findings) {
      const counts = finding.severity === 'error' ? tally.rejectedByRule : tally.warningsByRule;
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    }
    if (result.status === 'rejected' && tally.rejectedExamples.length < EXAMPLES && errors[0]) {
      tally.rejectedExamples.push({ file, position: result.position, id: result.id, message: errors[0].message });
    }
  }
  tally.undecodable += batch.problems.length;
  for (const problem of batch.problems) {
    if (tally.problemExamples.length < EXAMPLES) tally.problemExamples.push({ ...problem, file });
  }
}

export function formatTally(tally: IngestTally, seconds: number): string {
  const total =
    tally.accepted + tally.rejected + tally.duplicates + tally.undecodable + tally.messages + tally.messageDuplicates;
  const rate = seconds > 0 ? Math.round((tally.accepted + tally.rejected + tally.duplicates) / seconds) : 0;
  const lines = [
    '',
    `Summary: ${total.toLocaleString('en-US')} received in ${seconds.toFixed(1)}s (${rate.toLocaleString('en-US')} declarations/s)`,
    `  accepted     ${tally.accepted.toLocaleString('en-US')}`,
    `  rejected     ${tally.rejected.toLocaleString('en-US')}`,
    `  duplicates   ${tally.duplicates.toLocaleString('en-US')} (already stored, unchanged)`,
    `  undecodable  ${tally.undecodable.toLocaleString('en-US')}`,
  ];
  if (tally.messages + tally.messageDuplicates > 0) lines.push(messageLine(tally));
  lines.push(...ruleTable('Rejected by rule', tally.rejectedByRule));
  lines.push(...ruleTable('Most frequent warnings', tally.warningsByRule));
  if (tally.rejectedExamples.length > 0) {
    lines.push('', 'First rejected declarations:');
    for (const example of tally.rejectedExamples) {
      lines.push(`  ${example.file} #${example.position} (${example.id}): ${example.message}`);
    }
  }
  if (tally.problemExamples.length > 0) {
    lines.push('', 'First undecodable parts:');
    for (const problem of tally.problemExamples) lines.push(`  ${problem.file}${where(problem)}: ${problem.message}`);
  }
  return lines.join('\n');
}

function messageLine(tally: IngestTally): string {
  const names = [...tally.messagesByName].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const byName = names.map(([name, count]) => `${name} ${count.toLocaleString('en-US')}`).join(', ');
  const again =
    tally.messageDuplicates > 0 ? `, ${tally.messageDuplicates.toLocaleString('en-US')} already stored` : '';
  return `  messages     ${tally.messages.toLocaleString('en-US')} stored${again}, not declarations (${byName})`;
}

function ruleTable(title: string, counts: Map<string, number>): string[] {
  if (counts.size === 0) return [];
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10);
  return ['', `${title}:`, ...top.map(([rule, count]) => `  ${count.toLocaleString('en-US').padStart(8)}  ${rule}`)];
}

function where(problem: DecodeProblem): string {
  if (problem.line !== undefined) return `:${problem.line}${problem.column !== undefined ? `:${problem.column}` : ''}`;
  if (problem.position !== undefined) return ` #${problem.position}`;
  return '';
}
