import type { ErrorCode } from './error-code.js';

/** One problem inside an error: e.g. a validation issue with its JSON pointer and source position. */
export interface ErrorCause {
  message: string;
  pointer?: string;
  line?: number;
  column?: number;
  code?: string;
}

/**
 * Base class for every error the domain raises. Transports (GraphQL, REST) map it in one place
 * (`common/errors/*-error.mapper.ts`); code below resolvers/controllers never throws HTTP exceptions.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly causes: ErrorCause[] = [],
    /** Machine-readable payload, e.g. the compatibility report behind INCOMPATIBLE. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super('NOT_FOUND', `${what} not found`);
  }
}
