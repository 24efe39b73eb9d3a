// Security requirements are OR-lists of AND-sets. A base alternative stays usable when some
// revision alternative asks for a subset of its schemes and scopes.
import type { SecurityAlternative } from '../../diff/openapi/model.js';

export type SecurityVerdict = 'kept' | 'scope-added' | 'requirement-added' | 'requirement-removed';

function alternatives(list: SecurityAlternative[]): SecurityAlternative[] {
  return list.length === 0 ? [new Map()] : list;
}

function covers(base: SecurityAlternative, revision: SecurityAlternative): boolean {
  return [...revision].every(([scheme, scopes]) => {
    const have = base.get(scheme);
    return have !== undefined && scopes.every((s) => have.includes(s));
  });
}

const sameSchemes = (a: SecurityAlternative, b: SecurityAlternative): boolean =>
  a.size === b.size && [...a.keys()].every((k) => b.has(k));

export function describe(alt: SecurityAlternative): string {
  if (alt.size === 0) return 'anonymous access';
  return [...alt].map(([k, scopes]) => (scopes.length ? `${k}[${scopes.join(', ')}]` : k)).join(' + ');
}

/** One verdict per base alternative. */
export function securityVerdicts(base: SecurityAlternative[], revision: SecurityAlternative[]): Array<[SecurityAlternative, SecurityVerdict]> {
  const after = alternatives(revision);
  return alternatives(base).map((b) => {
    if (after.some((r) => covers(b, r))) return [b, 'kept'];
    if (after.some((r) => sameSchemes(b, r))) return [b, 'scope-added'];
    if (after.some((r) => [...b.keys()].every((k) => r.has(k)))) return [b, 'requirement-added'];
    return [b, 'requirement-removed'];
  });
}

export function sameSecurity(base: SecurityAlternative[], revision: SecurityAlternative[]): boolean {
  const key = (list: SecurityAlternative[]): string => JSON.stringify(alternatives(list)
    .map((alt) => [...alt].map(([k, s]) => `${k}:${[...s].sort().join(',')}`).sort().join('&')).sort());
  return key(base) === key(revision);
}
