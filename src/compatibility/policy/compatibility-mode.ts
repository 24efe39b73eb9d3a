// Compatibility modes (as in schema registries). Pure.
export const COMPATIBILITY_MODES = [
  'BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE',
] as const;

export type CompatibilityMode = (typeof COMPATIBILITY_MODES)[number];

/** Which comparisons a mode asks for: backward = (older → candidate), forward = swapped. */
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
