import { projectPath } from '../../common/project-path.js';
import { loadBuiltinProfile, resolveBuiltin, type BuiltinProfile } from './builtin-profiles.js';
import type { ResolvedProfile } from './profile-definition.js';

export const DSTACK_PROFILE_FILE = projectPath('src', 'guidelines', 'profiles', 'dstack.yaml');

let cached: BuiltinProfile | null = null;

/** The built-in `dstack` profile (read once from src/guidelines/profiles/dstack.yaml). */
export function dstackProfile(): BuiltinProfile {
  cached ??= loadBuiltinProfile(DSTACK_PROFILE_FILE);
  return cached;
}

export function resolvedDstack(): ResolvedProfile {
  return resolveBuiltin(dstackProfile());
}
