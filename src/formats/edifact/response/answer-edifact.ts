import type { EdifactParty } from '../syntax/envelope-headers.js';
import type { EdifactValidationReport } from '../validate-edifact.js';
import { createContrl } from './contrl-generator.js';
import { cusresOptionsFor } from './cusres-errors.js';
import { createCusres, type CusresError } from './cusres-generator.js';

/** The business verdict on one declaration message, by its UNH reference (from validation and storage). */
export interface DeclarationVerdict {
  errors?: CusresError[];
  mrn?: string;
}

export interface AnswerOptions {
  /** Who answers (default: the recipient named in each interchange). */
  sender?: EdifactParty;
  preparedAt: Date;
  /** Interchange control reference of each answer, numbered from 1. */
  controlReference: (n: number) => string;
  /** Verdicts of the declarations that passed syntax checks, by UNH 0062. */
  verdicts?: ReadonlyMap<string, DeclarationVerdict>;
}

export interface EdifactAnswers {
  /** One CONTRL interchange per interchange received. */
  contrl: string[];
  /** One CUSRES interchange per CUSDEC message received. */
  cusres: { messageReference: string; status: 'accepted' | 'rejected'; edifact: string }[];
}

/**
 * Answers in kind: a CONTRL for each interchange, and a CUSRES for each CUSDEC (rejected with its
 * syntax and structure errors, or with the verdict given for it).
 */
export function answerEdifact(report: EdifactValidationReport, options: AnswerOptions): EdifactAnswers {
  let n = 0;
  const answers: EdifactAnswers = { contrl: [], cusres: [] };
  for (const interchange of report.interchanges) {
    const sender = options.sender ?? interchange.recipient ?? { id: 'TAMGA' };
    const recipient = interchange.sender ?? { id: 'UNKNOWN' };
    answers.contrl.push(
      createContrl({
        report: interchange,
        sender,
        controlReference: options.controlReference(++n),
        preparedAt: options.preparedAt,
      }),
    );
    for (const message of interchange.messages) {
      if ((message.type || message.inferredType) !== 'CUSDEC') continue;
      const verdict = options.verdicts?.get(message.reference) ?? {};
      const cusres = cusresOptionsFor(message, { issuedAt: options.preparedAt, ...verdict });
      const edifact = createCusres({ ...cusres, sender, recipient, controlReference: options.controlReference(++n) });
      answers.cusres.push({ messageReference: message.reference, status: cusres.status, edifact });
    }
  }
  return answers;
}
