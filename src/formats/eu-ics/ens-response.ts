/**
 * The answer an ICS1 entry point (the HMRC ENS API) gives to a submitted CC315A / CC313A:
 * a `SuccessResponse` with the correlation id to follow the declaration by, or an
 * `ErrorResponse` listing why the message was refused.
 */
export interface EnsSubmissionError {
  raisedBy?: string;
  /** Error number (`4065`). */
  number?: string;
  /** `business` or `schema`. */
  type?: string;
  text?: string;
  /** XPath of the offending element in the submitted message (`/ie:CC315A[1]/MesSenMES3[1]`). */
  location?: string;
}

export interface EnsSubmissionResponse {
  outcome: 'accepted' | 'rejected';
  correlationId?: string;
  errors: EnsSubmissionError[];
}
