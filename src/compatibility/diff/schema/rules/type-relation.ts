// How two type sets relate: equal, widened (revision accepts more), narrowed, or changed.
export type TypeRelation = 'equal' | 'widened' | 'narrowed' | 'changed';

function accepts(set: Set<string> | null, type: string): boolean {
  return !set || set.has(type) || (type === 'integer' && set.has('number'));
}

export function typeRelation(base: Set<string> | null, revision: Set<string> | null): TypeRelation {
  const baseInRevision = base ? [...base].every((t) => accepts(revision, t)) : !revision;
  const revisionInBase = revision ? [...revision].every((t) => accepts(base, t)) : !base;
  if (baseInRevision && revisionInBase) return 'equal';
  if (baseInRevision) return 'widened';
  if (revisionInBase) return 'narrowed';
  return 'changed';
}

export function describeTypes(types: Set<string> | null): string {
  return types ? [...types].join('|') : 'any';
}
