import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { ProfileDefinition, ResolvedProfile } from './profile-definition.js';
import { extendsEntries, SPECTRAL_BUILTINS, type SpectralBuiltin } from './profile-definition.js';

/** The profiles that ship with the registry, by name. Their YAML lives in src/guidelines/profiles/. */
export const BUILTIN_PROFILE_NAMES = ['dstack'] as const;
export type BuiltinProfileName = (typeof BUILTIN_PROFILE_NAMES)[number];

export interface BuiltinProfile {
  name: string;
  version: string;
  description: string;
  definition: ProfileDefinition;
  text: string;
}

/** Reads a built-in profile from its YAML file (the caller passes the project path; read once per process). */
export function loadBuiltinProfile(file: string): BuiltinProfile {
  const text = readFileSync(file, 'utf8');
  const doc = parse(text) as ProfileDefinition & { name: string; version: string };
  return { name: doc.name, version: doc.version, description: doc.description ?? '', definition: doc, text };
}

/** A built-in profile resolved (its `extends` may only name Spectral's built-ins). */
export function resolveBuiltin(profile: BuiltinProfile): ResolvedProfile {
  return {
    name: profile.name,
    version: profile.version,
    formats: profile.definition.formats,
    rules: profile.definition.rules,
    extends: extendsEntries(profile.definition).map(({ ref, mode }) => {
      if (!SPECTRAL_BUILTINS.includes(ref as SpectralBuiltin)) throw new Error(`built-in profile ${profile.name} extends ${ref}`);
      return { target: ref as SpectralBuiltin, mode };
    }),
  };
}
