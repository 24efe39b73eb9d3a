// Which published versions a candidate is compared with. Pure: version strings in, version strings out.
//
// - A release is compared with the previous release; a pre-release is never its predecessor (an endpoint
//   tried out in 2.1.0-beta.1 does not bind 2.2.0).
// - A pre-release is compared with the previous release and the earlier pre-releases of its own version
//   (2.2.0-beta.2 with 2.2.0-beta.1 and 2.1.x), never with pre-releases of other versions.
// - Transitive modes compare with every such earlier version; scope MAJOR_LINE exempts other lines (a
//   major bump declares a break), ALL_VERSIONS exempts nothing (as schema registries do).
import semver from 'semver';
import { modeChecks, type CompatibilityMode, type CompatibilityScope } from './compatibility-mode.js';
import { sameLine } from './semver-policy.js';

export interface ComparisonPlan {
  /** The version the report and changelog are against; null for the first comparable version. */
  predecessor: string | null;
  /** The release the semver bump is measured from (the highest release below the candidate). */
  semverBase: string | null;
  /** Versions the compatibility mode checks the candidate against (may be empty). */
  targets: string[];
}

/** The earlier versions a candidate may be compared with at all (see the rules above). */
export function comparableVersions(versions: string[], candidate: string): string[] {
  const pre = semver.prerelease(candidate) !== null;
  const core = `${semver.major(candidate)}.${semver.minor(candidate)}.${semver.patch(candidate)}`;
  return versions.filter((v) => {
    if (!semver.lt(v, candidate)) return false;
    if (semver.prerelease(v) === null) return true;
    return pre && `${semver.major(v)}.${semver.minor(v)}.${semver.patch(v)}` === core;
  });
}

function highest(versions: string[]): string | null {
  return versions.length ? semver.rsort([...versions])[0] : null;
}

/** The predecessor of a candidate: the highest comparable earlier version. */
export function pickPredecessor(versions: string[], candidate: string): string | null {
  return highest(comparableVersions(versions, candidate));
}

export function planComparison(
  versions: string[], candidate: string, mode: CompatibilityMode, scope: CompatibilityScope = 'MAJOR_LINE',
): ComparisonPlan {
  const comparable = comparableVersions(versions, candidate);
  const predecessor = highest(comparable);
  const semverBase = highest(comparable.filter((v) => semver.prerelease(v) === null));
  const checks = modeChecks(mode);
  if (predecessor === null || (!checks.backward && !checks.forward)) return { predecessor, semverBase, targets: [] };
  const wanted = checks.transitive ? comparable : [predecessor];
  const targets = scope === 'ALL_VERSIONS' ? wanted : wanted.filter((v) => sameLine(v, candidate));
  return { predecessor, semverBase, targets: semver.rsort([...targets]) };
}

/**
 * The steps of a cumulative changelog from `from` up to `to`: every release strictly between them,
 * then `to`, each compared with the step before. Pre-releases between two versions are not steps (they
 * are never the predecessor of a release); `from` and `to` themselves may be pre-releases.
 */
export function rangeSteps(versions: string[], from: string, to: string): Array<{ from: string; to: string }> {
  const between = versions.filter((v) => semver.gt(v, from) && semver.lt(v, to) && semver.prerelease(v) === null);
  const chain = [from, ...semver.sort([...between]), to];
  return chain.slice(1).map((v, i) => ({ from: chain[i], to: v }));
}
