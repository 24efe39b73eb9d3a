import type { ErrorObject } from 'ajv';

// With allErrors, a value that fails a oneOf/anyOf is reported once per alternative ("must be path",
// "must be query", …, plus "missing $ref" from the Reference alternative). Architects want the one
// message that helps; this turns branch noise into it. Pure, linear in the number of errors.

const BRANCH = /^(.*\/(?:oneOf|anyOf))\/(\d+)\//;

function isBelow(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}/`);
}

/** A missing `$ref` only matters when nothing else is wrong there: otherwise it is the Reference alternative. */
function dropReferenceAlternative(errors: ErrorObject[]): ErrorObject[] {
  return errors.filter((e) => !(e.keyword === 'required' && (e.params as { missingProperty?: string }).missingProperty === '$ref'
    && errors.some((o) => o !== e && isBelow(o.instancePath, e.instancePath))));
}

function groupBranches(errors: ErrorObject[]): Map<string, Map<string, ErrorObject[]>> {
  const groups = new Map<string, Map<string, ErrorObject[]>>();
  for (const e of errors) {
    const m = BRANCH.exec(`${e.schemaPath}/`);
    if (!m) continue;
    const branches = groups.get(m[1]) ?? new Map<string, ErrorObject[]>();
    branches.set(m[2], [...(branches.get(m[2]) ?? []), e]);
    groups.set(m[1], branches);
  }
  return groups;
}

/** Every alternative rejects the same value by enum/const: one error listing all allowed values. */
function mergedDiscriminator(branches: ErrorObject[][]): ErrorObject | null {
  const firsts = branches.map((b) => b.find((e) => e.keyword === 'enum' || e.keyword === 'const'));
  if (firsts.some((e) => !e) || new Set(firsts.map((e) => e!.instancePath)).size !== 1) return null;
  const allowed = firsts.flatMap((e) => {
    const p = e!.params as { allowedValues?: unknown[]; allowedValue?: unknown };
    return p.allowedValues ?? [p.allowedValue];
  });
  return { ...firsts[0]!, keyword: 'enum', params: { allowedValues: [...new Set(allowed)] }, message: 'must be equal to one of the allowed values' };
}

/** Every alternative misses exactly one (different) property at the same place: "one of a, b". */
function mergedRequired(branches: ErrorObject[][]): ErrorObject | null {
  if (!branches.every((b) => b.length === 1 && b[0].keyword === 'required')) return null;
  if (new Set(branches.map((b) => b[0].instancePath)).size !== 1) return null;
  const names = branches.map((b) => String((b[0].params as { missingProperty: string }).missingProperty));
  return { ...branches[0][0], params: { missingProperty: names.join('" or "') } };
}

export function condenseSchemaErrors(input: ErrorObject[]): ErrorObject[] {
  let errors = dropReferenceAlternative(input);
  for (const branchMap of groupBranches(errors).values()) {
    const branches = [...branchMap.values()];
    if (branches.length < 2) continue;
    const all = new Set(branches.flat());
    const merged = mergedDiscriminator(branches) ?? mergedRequired(branches);
    const fewest = Math.min(...branches.map((b) => b.length));
    const keep = merged ? [merged] : branches.filter((b) => b.length === fewest).flat();
    const at = errors.findIndex((e) => all.has(e));
    errors = [...errors.slice(0, at).filter((e) => !all.has(e)), ...keep, ...errors.slice(at).filter((e) => !all.has(e))];
  }
  return errors;
}
