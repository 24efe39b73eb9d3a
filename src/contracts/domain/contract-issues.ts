import { DomainError, type ErrorCause } from '../../common/errors/domain-error.js';

// Short, stable codes of single problems inside an INVALID_DOCUMENT error (the `code` of each cause).
export type IssueCode =
  | 'INVALID_UTF8'
  | 'EMPTY_DOCUMENT'
  | 'NUL_CHARACTER'
  | 'LONE_SURROGATE'
  | 'JSON_SYNTAX'
  | 'YAML_SYNTAX'
  | 'YAML_TAG'
  | 'MULTIPLE_DOCUMENTS'
  | 'DUPLICATE_KEY'
  | 'NOT_AN_OBJECT'
  | 'DEPTH_LIMIT'
  | 'NODE_LIMIT'
  | 'KEY_LIMIT'
  | 'ALIAS_LIMIT'
  | 'ALIAS_CYCLE'
  | 'NON_FINITE_NUMBER'
  | 'MISSING_SPEC_VERSION'
  | 'UNKNOWN_SPEC_VERSION'
  | 'UNSUPPORTED_SPEC_VERSION'
  | 'AMBIGUOUS_SPEC_TYPE'
  | 'EXTERNAL_REF'
  | 'UNRESOLVED_REF'
  | 'REF_CYCLE'
  | 'SCHEMA'
  | 'SPEC_RULE'
  | 'TIME_LIMIT'
  | 'RESOURCE_LIMIT';

/** One problem found in an uploaded document. `pointer` is an RFC 6901 JSON pointer ('' = root). */
export interface Issue {
  code: IssueCode;
  message: string;
  pointer: string;
  line?: number;
  column?: number;
}

// Enough to annotate a CI run; a document with more problems than this needs fixing at the source anyway.
export const MAX_REPORTED_ISSUES = 500;

/** Thrown inside the pipeline to stop early with issues that are already known. */
export class IssuesFound extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues[0]?.message ?? 'invalid document');
    this.name = 'IssuesFound';
  }
}

export function issue(code: IssueCode, message: string, pointer = '', pos?: Position): Issue {
  return pos ? { code, message, pointer, line: pos.line, column: pos.column } : { code, message, pointer };
}

/** 1-based line and column in the uploaded text. */
export interface Position {
  line: number;
  column: number;
}

/** Builds the INVALID_DOCUMENT error the API reports: a summary plus every issue as a cause. */
export function invalidDocument(issues: Issue[]): DomainError {
  const unique = dedupe(issues);
  const shown = unique.slice(0, MAX_REPORTED_ISSUES);
  const causes: ErrorCause[] = shown.map(toCause);
  if (unique.length > shown.length) {
    causes.push({ message: `${unique.length - shown.length} more problems not shown`, pointer: '' });
  }
  const first = shown[0]?.message ?? 'invalid document';
  const more = unique.length > 1 ? ` (and ${unique.length - 1} more problem${unique.length > 2 ? 's' : ''})` : '';
  return new DomainError('INVALID_DOCUMENT', `Invalid document: ${first}${more}`, causes);
}

export function toCause(i: Issue): ErrorCause {
  const cause: ErrorCause = { message: i.message, pointer: i.pointer, code: i.code };
  if (i.line !== undefined) {
    cause.line = i.line;
    cause.column = i.column;
  }
  return cause;
}

function dedupe(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.code}\u0000${i.pointer}\u0000${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function payloadTooLarge(size: number, max: number): DomainError {
  return new DomainError('PAYLOAD_TOO_LARGE', `Document is ${size} bytes; the limit is ${max} bytes`, [
    { message: `document exceeds ${max} bytes`, pointer: '', code: 'PAYLOAD_TOO_LARGE' },
  ]);
}
