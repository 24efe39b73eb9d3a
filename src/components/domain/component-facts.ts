// Pure value rules of the registry domain. No Nest, no TypeORM.
import semver from 'semver';
import parseSpdx from 'spdx-expression-parse';

export const COMPONENT_LIFECYCLES = ['DRAFT', 'ACTIVE', 'DEPRECATED', 'RETIRED'] as const;
export type ComponentLifecycle = (typeof COMPONENT_LIFECYCLES)[number];

export const COMPATIBILITY_MODES = [
  'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE',
] as const;
export type CompatibilityMode = (typeof COMPATIBILITY_MODES)[number];
// The same lists as compatibility/policy (which owns their meaning); components may not import it.
export const SEMVER_POLICIES = ['ENFORCED', 'ADVISORY', 'OFF'] as const;
export type SemverPolicy = (typeof SEMVER_POLICIES)[number];
export const COMPATIBILITY_SCOPES = ['MAJOR_LINE', 'ALL_VERSIONS'] as const;
export type CompatibilityScope = (typeof COMPATIBILITY_SCOPES)[number];

export interface Contact {
  name: string;
  email: string;
}

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isKebabCase(value: string): boolean {
  return value.length <= 100 && KEBAB.test(value);
}

export function isEmail(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** Major, minor and patch are stored as PostgreSQL `integer`. */
export const MAX_SEMVER_PART = 2_147_483_647;

/** Strict semver 2.0.0 with storable parts: no leading "v", no loose forms. */
export function isStrictSemver(value: string): boolean {
  if (value.length > 128 || semver.valid(value) !== value) return false;
  const v = semver.parse(value)!;
  return v.major <= MAX_SEMVER_PART && v.minor <= MAX_SEMVER_PART && v.patch <= MAX_SEMVER_PART;
}

/**
 * Why a string cannot be a registry version, or null when it can. Build metadata is refused: SemVer §10
 * says it does not take part in precedence, so "1.2.0+a" and "1.2.0+b" would be two versions with no
 * order between them (latest, predecessor and ranges would be ambiguous); the sha256 identifies a build.
 */
export function versionProblem(value: string): string | null {
  if (value.length > 128) return 'must be at most 128 characters';
  const plus = value.indexOf('+');
  if (plus > 0 && isStrictSemver(value.slice(0, plus))) {
    return `build metadata ("${value.slice(plus)}") is not accepted: it does not take part in version precedence (SemVer §10), so it cannot identify a version; publish as "${value.slice(0, plus)}"`;
  }
  if (semver.valid(value) !== value) return 'must be semver 2.0.0 (e.g. 1.4.0 or 2.0.0-rc.1) without a "v" prefix';
  const parsed = semver.parse(value)!;
  const big = (['major', 'minor', 'patch'] as const).find((k) => parsed[k] > MAX_SEMVER_PART);
  if (big) return `the ${big} part ${parsed[big]} is larger than ${MAX_SEMVER_PART}, the largest the registry stores`;
  return null;
}

export function isValidSpdx(expression: string): boolean {
  try {
    parseSpdx(expression);
    return true;
  } catch {
    return false;
  }
}

export function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

export interface SemverParts {
  major: number;
  minor: number;
  patch: number;
  prerelease: string | null;
}

export function semverParts(version: string): SemverParts {
  const v = semver.parse(version);
  if (!v) throw new Error(`not a semver: ${version}`);
  return { major: v.major, minor: v.minor, patch: v.patch, prerelease: v.prerelease.length ? v.prerelease.join('.') : null };
}

/** `latest` = the highest semver without a pre-release tag; ordering is by semver, never by time. */
export function pickLatest(versions: string[]): string | null {
  const stable = versions.filter((v) => semver.prerelease(v) === null);
  return stable.length ? semver.rsort([...stable])[0] : null;
}
