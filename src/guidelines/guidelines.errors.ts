import { DomainError, type ErrorCause } from '../common/errors/domain-error.js';
import type { GuidelineOutcome } from './domain/lint-types.js';
import type { ProfileProblem } from './domain/profile-definition.js';
import { MAX_REPORTED_ISSUES } from '../contracts/domain/contract-issues.js';

/** A GATE policy refuses a document with error-level findings: every finding with pointer, line and column. */
export function guidelineViolation(outcome: GuidelineOutcome): DomainError {
  const causes: ErrorCause[] = outcome.findings.slice(0, MAX_REPORTED_ISSUES).map((f) => ({
    code: f.rule, message: `${f.severity}: ${f.message}`, pointer: f.pointer, line: f.line, column: f.column,
  }));
  return new DomainError('GUIDELINE_VIOLATION',
    `the document breaks ${outcome.counts.error} error-level rule finding(s) of profile ${outcome.profile}@${outcome.profileVersion} (score ${outcome.score}); the contract's guideline policy is GATE`,
    causes, { profile: outcome.profile, profileVersion: outcome.profileVersion, score: outcome.score, counts: outcome.counts });
}

export function lintFailed(profile: string, message: string): DomainError {
  return new DomainError('GUIDELINE_VIOLATION', `profile ${profile} could not be applied to this document: ${message}`, [{ message, pointer: '' }]);
}

export function invalidProfile(problems: ProfileProblem[]): DomainError {
  return new DomainError('VALIDATION_FAILED', `the profile is invalid: ${problems[0]?.message ?? 'unknown problem'}${problems.length > 1 ? ` (and ${problems.length - 1} more problems)` : ''}`,
    problems.slice(0, MAX_REPORTED_ISSUES).map((p) => ({ pointer: p.pointer, message: p.message })));
}
