import type { IngestReport } from '../../app/ingest-service.js';

export interface SubmissionAnswer {
  statusCode: 200 | 201 | 400 | 422;
  body: {
    summary: {
      received: number;
      accepted: number;
      rejected: number;
      duplicates: number;
      undecodable: number;
      /** Messages other than declarations (notifications, ENS, transit, cargo reports) stored or already stored. */
      messages: number;
    };
    results: Array<Record<string, unknown>>;
    messages: Array<Record<string, unknown>>;
    problems: Array<Record<string, unknown>>;
  };
}

/**
 * One declaration answers with its own status (201 accepted, 200 duplicate, 422 rejected,
 * 400 undecodable), one other message 201 stored or 200 already stored; a batch answers 200
 * unless nothing in it could be used.
 */
export function answerSubmission(report: IngestReport): SubmissionAnswer {
  const count = (status: string) => report.results.filter((result) => result.status === status).length;
  const summary = {
    received: report.results.length + report.problems.length + report.messages.length,
    accepted: count('accepted'),
    rejected: count('rejected'),
    duplicates: count('duplicate'),
    undecodable: report.problems.length,
    messages: report.messages.length,
  };
  const results = report.results.map((result) => ({ ...result, href: `/v1/declarations/${result.id}` }));
  const problems = report.problems.map(({ raw: _raw, kind: _kind, ...problem }) => problem);
  const messages = report.messages.map((message) => ({ ...message, href: `/v1/messages/${message.id}` }));
  return { statusCode: statusFor(summary, report), body: { summary, results, messages, problems } };
}

function statusFor(summary: SubmissionAnswer['body']['summary'], report: IngestReport): SubmissionAnswer['statusCode'] {
  if (summary.received === 0 || summary.undecodable === summary.received) return 400;
  if (summary.received === 1 && summary.messages === 1) return report.messages[0]!.status === 'stored' ? 201 : 200;
  if (summary.received === 1) {
    if (summary.accepted === 1) return 201;
    if (summary.rejected === 1) return 422;
    return 200;
  }
  if (
    summary.accepted + summary.duplicates + summary.messages === 0 &&
    summary.rejected > 0 &&
    summary.undecodable === 0
  )
    return 422;
  return 200;
}
