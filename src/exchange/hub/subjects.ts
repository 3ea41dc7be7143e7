/** Broker subjects of one hub: `<prefix>.out.<member>` carries what it sends, `<prefix>.in.<member>` what members send it. */
export interface ExchangeSubjects {
  out(memberId: string): string;
  in(memberId: string): string;
  allOut: string;
  allIn: string;
  /** The member a subject belongs to (its last token). */
  memberOf(subject: string): string;
}

export function exchangeSubjects(prefix = 'tamga.exchange'): ExchangeSubjects {
  return {
    out: (memberId) => `${prefix}.out.${memberId}`,
    in: (memberId) => `${prefix}.in.${memberId}`,
    allOut: `${prefix}.out.>`,
    allIn: `${prefix}.in.>`,
    memberOf: (subject) => subject.slice(subject.lastIndexOf('.') + 1),
  };
}
