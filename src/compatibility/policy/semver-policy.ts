// Semver policy: which bump a set of changes demands, and which bump a version pair made. Pure.
import semver from 'semver';
import type { Change } from '../engine/change.js';

export type Bump = 'major' | 'minor' | 'patch' | 'none';

const ORDER: Bump[] = ['none', 'patch', 'minor', 'major'];

/** A change that adds something (a feature), so at least a minor bump. */
export function isFeature(change: Change): boolean {
  return change.level === 'warning' || (change.level === 'info' && /-added$/.test(change.id));
}

/** The smallest bump the changes demand: breaking → major (0.x: minor), features → minor. */
export function requiredBump(changes: Change[], from: string): Bump {
  const zero = semver.major(from) === 0;
  if (changes.some((c) => c.level === 'breaking')) return zero ? 'minor' : 'major';
  if (changes.some(isFeature)) return zero ? 'patch' : 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

/** The bump from one version to the next (pre-release parts count as the bump they lead to). */
export function actualBump(from: string, to: string): Bump {
  if (semver.major(to) !== semver.major(from)) return 'major';
  if (semver.minor(to) !== semver.minor(from)) return 'minor';
  return semver.gt(to, from) ? 'patch' : 'none';
}

export function atLeast(bump: Bump, required: Bump): boolean {
  return ORDER.indexOf(bump) >= ORDER.indexOf(required);
}

/** The changes that demand more than the bump made. */
export function violationsFor(changes: Change[], made: Bump, from: string): Change[] {
  return changes.filter((c) => !atLeast(made, requiredBump([c], from)));
}

/** Versions of the same compatibility line: same major (0.x: same minor). */
export function sameLine(a: string, b: string): boolean {
  if (semver.major(a) !== semver.major(b)) return false;
  return semver.major(a) !== 0 || semver.minor(a) === semver.minor(b);
}
