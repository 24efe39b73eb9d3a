// Errors of the trust feature, in the registry's one vocabulary (common/errors/error-code.ts).
import { DomainError, NotFoundError, type ErrorCause } from '../common/errors/domain-error.js';

export function releaseNotFound(component: string, version: string): DomainError {
  return new NotFoundError(`release "${version}" of component "${component}"`);
}

export function sbomNotFound(component: string, version: string): DomainError {
  return new NotFoundError(`SBOM of release "${version}" of component "${component}"`);
}

/** A release's SBOM is immutable: the same bytes again are a no-op, other bytes are refused. */
export function sbomExists(component: string, version: string, stored: string, uploaded: string): DomainError {
  return new DomainError('VERSION_EXISTS', `release ${component} ${version} already has an SBOM with different content; SBOMs are immutable, publish a new release`, [
    { pointer: '/sbom', message: `stored sha256 ${stored}, uploaded ${uploaded}` },
  ], { storedSha256: stored, uploadedSha256: uploaded });
}

export function releaseExists(component: string, version: string): DomainError {
  return new DomainError('VERSION_EXISTS', `release ${component} ${version} already exists with other contract versions; releases are immutable`, [
    { pointer: '/version', message: 'release exists' },
  ]);
}

export function trustInputInvalid(what: string, causes: ErrorCause[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `${what} is invalid: ${causes[0]?.message ?? 'see causes'}`, causes);
}

export function notJson(contentType: string | undefined): DomainError {
  return new DomainError('UNSUPPORTED_MEDIA_TYPE', `send the SBOM as application/json, application/vnd.cyclonedx+json, application/spdx+json or application/ld+json (got ${contentType ?? 'no Content-Type'})`);
}
