/** A policy document that cannot be read: malformed XML, not a XACML policy, or an unsupported construct. */
export class PolicyParseError extends Error {
  override readonly name = 'PolicyParseError';
  /** 1-based line in the document, when the XML reader reported one. */
  readonly line: number | undefined;
  readonly column: number | undefined;

  constructor(message: string, position?: { line: number; column: number }) {
    super(message);
    this.line = position?.line;
    this.column = position?.column;
  }
}

/** A decision request body that is not a valid XACML JSON profile request, or exceeds the limits. */
export class DecisionRequestError extends Error {
  override readonly name = 'DecisionRequestError';
  /** Where in the body the problem is, e.g. `Request.AccessSubject[0].Attribute[2].Value`. */
  readonly path: string;

  constructor(path: string, message: string) {
    super(path ? `${path}: ${message}` : message);
    this.path = path;
  }
}
