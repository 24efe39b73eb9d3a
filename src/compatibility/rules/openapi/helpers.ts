// Helpers shared by the OpenAPI rules: parameter matching and sunset dates.
import type { OperationPair } from '../../diff/openapi/build-openapi-diff.js';
import type { NormParameter } from '../../diff/openapi/model.js';

export interface ParameterChanges {
  removed: NormParameter[];
  added: NormParameter[];
  moved: Array<[NormParameter, NormParameter]>;
  kept: Array<[NormParameter, NormParameter]>;
}

/** Pairs parameters by identity; same name in another location counts as moved, not removed+added. */
export function parameterChanges({ base, revision }: OperationPair): ParameterChanges {
  const kept: Array<[NormParameter, NormParameter]> = [];
  const removed: NormParameter[] = [];
  for (const p of base.parameters) {
    const q = revision.parameters.find((r) => r.key === p.key);
    if (q) kept.push([p, q]);
    else removed.push(p);
  }
  const added = revision.parameters.filter((q) => !base.parameters.some((p) => p.key === q.key));
  const moved: Array<[NormParameter, NormParameter]> = [];
  for (const p of [...removed]) {
    const q = added.find((a) => a.name.toLowerCase() === p.name.toLowerCase() && a.in !== p.in);
    if (!q) continue;
    moved.push([p, q]);
    removed.splice(removed.indexOf(p), 1);
    added.splice(added.indexOf(q), 1);
  }
  return { removed, added, moved, kept };
}

/** Parses an `x-sunset` value (ISO date or HTTP date); undefined when it is not a date. */
export function parseSunset(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

export function describeParameter(p: NormParameter): string {
  return `${p.in} parameter '${p.name}'`;
}

export { STABILITY_ORDER } from '../../diff/schema/rules/deprecation.js';
