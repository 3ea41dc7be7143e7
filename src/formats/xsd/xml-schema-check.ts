/** One place where a document breaks its schema, in words a filer can act on. */
export interface XsdIssue {
  /** 1-based line in the checked document. */
  line: number;
  /** Local name of the offending element, when libxml2 names one. */
  element?: string;
  /** `line 12, element <TotalGrossMassMeasure>: 'abc' is not a decimal number (xs:decimal)`. */
  message: string;
}

/** A compiled XSD set, checking whole documents synchronously (so a streaming decoder can use it). */
export interface XmlSchemaCheck {
  /** Issues of one document; empty when it is valid. */
  check(document: Uint8Array): XsdIssue[];
}
