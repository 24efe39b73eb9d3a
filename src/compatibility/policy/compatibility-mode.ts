// Compatibility modes (as in schema registries), the semver policy and the scope. Pure.
export const COMPATIBILITY_MODES = [
  'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE',
] as const;

export type CompatibilityMode = (typeof COMPATIBILITY_MODES)[number];

/** ENFORCED: a too-small bump is refused; ADVISORY: it is reported, not refused; OFF: not checked. */
export const SEMVER_POLICIES = ['ENFORCED', 'ADVISORY', 'OFF'] as const;
export type SemverPolicy = (typeof SEMVER_POLICIES)[number];

/** MAJOR_LINE: a major bump (0.x: minor) declares a break; ALL_VERSIONS: no line is exempt. */
export const COMPATIBILITY_SCOPES = ['MAJOR_LINE', 'ALL_VERSIONS'] as const;
export type CompatibilityScope = (typeof COMPATIBILITY_SCOPES)[number];

/**
 * Which comparisons a mode asks for. backward: old → candidate (consumers built against the old
 * contract keep working with the new one); forward: candidate → old, swapped (consumers built against
 * the new contract work with the old one, e.g. while servers roll out).
 */
export function modeChecks(mode: CompatibilityMode): { backward: boolean; forward: boolean; transitive: boolean } {
  switch (mode) {
    case 'BACKWARD': return { backward: true, forward: false, transitive: false };
    case 'BACKWARD_TRANSITIVE': return { backward: true, forward: false, transitive: true };
    case 'FORWARD': return { backward: false, forward: true, transitive: false };
    case 'FORWARD_TRANSITIVE': return { backward: false, forward: true, transitive: true };
    case 'FULL': return { backward: true, forward: true, transitive: false };
    case 'FULL_TRANSITIVE': return { backward: true, forward: true, transitive: true };
    case 'NONE': return { backward: false, forward: false, transitive: false };
  }
}
