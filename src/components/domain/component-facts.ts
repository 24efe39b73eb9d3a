// Pure value rules of the registry domain. No Nest, no TypeORM.
import semver from 'semver';
import parseSpdx from 'spdx-expression-parse';

export const COMPONENT_LIFECYCLES = ['DRAFT', 'ACTIVE', 'DEPRECATED', 'RETIRED'] as const;
export type ComponentLifecycle = (typeof COMPONENT_LIFECYCLES)[number];

export const COMPATIBILITY_MODES = [
  'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE',
] as const;
export type CompatibilityMode = (typeof COMPATIBILITY_MODES)[number];

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

/** Strict semver 2.0.0: no leading "v", no loose forms, no build-metadata-only tricks. */
/** Major, minor and patch are stored as PostgreSQL `integer`. */
export const MAX_SEMVER_PART = 2_147_483_647;

export function isStrictSemver(value: string): boolean {
  if (value.length > 128 || semver.valid(value) !== value) return false;
  const v = semver.parse(value)!;
  return v.major <= MAX_SEMVER_PART && v.minor <= MAX_SEMVER_PART && v.patch <= MAX_SEMVER_PART;
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

/** The version a candidate is compared with: the highest published version below it. */
export function pickPredecessor(versions: string[], candidate: string): string | null {
  const lower = versions.filter((v) => semver.lt(v, candidate));
  return lower.length ? semver.rsort([...lower])[0] : null;
}
