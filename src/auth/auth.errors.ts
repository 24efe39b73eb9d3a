import { DomainError } from '../common/errors/domain-error.js';

export class UnauthenticatedError extends DomainError {
  constructor(message = 'a valid API token is required (Authorization: Bearer <token>)') {
    super('UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'this token may not perform this operation') {
    super('FORBIDDEN', message);
  }
}
