// Errors of the conformance feature, in the registry's one vocabulary (common/errors/error-code.ts).
import { DomainError, NotFoundError, type ErrorCause } from '../common/errors/domain-error.js';

export function requirementSetNotFound(name: string, version: string): DomainError {
  return new NotFoundError(`requirement set ${name} ${version}`);
}

/** Releases are immutable: the same name and version with other content is refused. */
export function requirementSetConflict(name: string, version: string, stored: string, uploaded: string): DomainError {
  return new DomainError('CONFLICT', `requirement set ${name} ${version} already exists with different content; requirement sets are immutable, import a new version`, [], {
    storedSha256: stored,
    uploadedSha256: uploaded,
  });
}

export function invalidRequirementSetCoordinates(causes: ErrorCause[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `invalid requirement set coordinates: ${causes.map((c) => c.message).join('; ')}`, causes);
}

export function recordInvalid(causes: ErrorCause[]): DomainError {
  return new DomainError('VALIDATION_FAILED', 'The conformance record is invalid', causes);
}

export function notAnExport(contentType: string | undefined): DomainError {
  return new DomainError('UNSUPPORTED_MEDIA_TYPE', `send the conformance-suite export as application/zip (got ${contentType ?? 'no Content-Type'})`);
}
