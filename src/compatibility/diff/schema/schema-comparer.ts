// Walks two schemas side by side, runs the schema rules at every node pair, and memoizes each
// pair of named ($ref) schemas so a shared component is compared once and reported once.
import type { Change } from '../../engine/change.js';
import { deref, isObject, joinPointer, refOf } from './json-pointer.js';
import { SCHEMA_RULES } from './rules/index.js';
import { SchemaViews } from './schema-view.js';
import type { SchemaNodePair, SchemaRule, SchemaSite } from './types.js';
import { UnchangedSchemas } from './unchanged.js';
import { matchVariants } from './variants.js';

interface Cursor {
  path: string;
  basePointer: string;
  revisionPointer: string;
}

export class SchemaComparer {
  private readonly baseViews: SchemaViews;
  private readonly revisionViews: SchemaViews;
  private readonly memo = new Map<string, Change[]>();
  private readonly inProgress = new Set<string>();
  private readonly all = new Set<Change>();
  private readonly ids = new Map<object, number>();
  private readonly unchanged: UnchangedSchemas;

  constructor(
    private readonly baseRoot: unknown,
    private readonly revisionRoot: unknown,
    private readonly rules: readonly SchemaRule[] = SCHEMA_RULES,
  ) {
    this.baseViews = new SchemaViews(baseRoot);
    this.revisionViews = new SchemaViews(revisionRoot);
    this.unchanged = new UnchangedSchemas();
  }

  /** Compares one schema pair at `site`; returns the changes found under it (shared ones too). */
  compare(base: unknown, revision: unknown, site: SchemaSite): Change[] {
    const cursor = { path: '', basePointer: site.basePointer, revisionPointer: site.revisionPointer };
    const found = unique(this.walk(base, revision, site, cursor));
    for (const change of found) {
      attribute(change, site.operation);
      this.all.add(change);
    }
    return found;
  }

  /** Every change found so far, each once, in the order first found. */
  changes(): Change[] {
    return [...this.all];
  }

  // Memoized by the identity of the two resolved schema objects, so named ($ref) and inline
  // schemas alike are compared once per site kind, and cycles (also through allOf) terminate.
  private walk(base: unknown, revision: unknown, site: SchemaSite, at: Cursor): Change[] {
    const baseRef = refOf(base);
    const revisionRef = refOf(revision);
    const b = deref(this.baseRoot, base);
    const r = deref(this.revisionRoot, revision);
    // Identical subtrees without `$ref`s cannot hold a change (most of a large API between versions).
    const sameness = this.unchanged.compare(b.node, r.node);
    if (sameness === 'same') return NONE;
    const key = `${site.direction}|${site.idPrefix}|${site.location}|${this.idOf(b.node)}|${this.idOf(r.node)}`;
    const cached = this.memo.get(key);
    if (cached) return cached;
    if (this.inProgress.has(key)) return []; // circular schema: this pair is already being compared
    this.inProgress.add(key);
    const next: Cursor = {
      path: baseRef && revisionRef ? nameOf(revisionRef) : at.path,
      basePointer: b.pointer ?? at.basePointer,
      revisionPointer: r.pointer ?? at.revisionPointer,
    };
    // Identical nodes whose `$ref`s may resolve differently: the rules cannot fire here (they read
    // raw property schemas, never ref targets), unless allOf merges a target into the view.
    const skipRules = sameness === 'same-with-refs' && !hasAllOf(b.node);
    const found = this.walkResolved(b.node, r.node, site, next, skipRules);
    const result = found.length === 0 ? NONE : unique(found);
    this.inProgress.delete(key);
    this.memo.set(key, result);
    return result;
  }

  private idOf(node: unknown): number {
    if (!isObject(node)) return 0;
    let id = this.ids.get(node);
    if (id === undefined) {
      id = this.ids.size + 1;
      this.ids.set(node, id);
    }
    return id;
  }

  private walkResolved(base: unknown, revision: unknown, site: SchemaSite, at: Cursor, skipRules: boolean): Change[] {
    const pair: SchemaNodePair = {
      base: this.baseViews.of(base, at.basePointer),
      revision: this.revisionViews.of(revision, at.revisionPointer),
      direction: site.direction,
      path: at.path,
    };
    const out = skipRules ? [] : this.runRules(pair, site, at);
    for (const child of children(pair, at)) {
      out.push(...this.walk(child.base, child.revision, site, child.at));
    }
    return out;
  }

  private runRules(pair: SchemaNodePair, site: SchemaSite, at: Cursor): Change[] {
    const out: Change[] = [];
    for (const rule of this.rules) {
      for (const finding of rule.check(pair)) {
        const side = finding.side === 'base' ? at.basePointer : at.revisionPointer;
        const where = pair.path ? `${site.location} '${pair.path}'` : site.location;
        out.push({
          id: `${site.idPrefix}-${rule.suffix}`,
          level: rule.levels[site.direction],
          pointer: side + (finding.at ?? ''),
          message: `${where}: ${finding.detail}`,
        });
      }
    }
    return out;
  }
}

interface Child {
  base: unknown;
  revision: unknown;
  at: Cursor;
}

function step(at: Cursor, label: string, ...tokens: Array<string | number>): Cursor {
  return {
    path: at.path ? `${at.path}${label.startsWith('[') ? '' : '.'}${label}` : label,
    basePointer: joinPointer(at.basePointer, ...tokens),
    revisionPointer: joinPointer(at.revisionPointer, ...tokens),
  };
}

// The sub-schemas compared recursively: shared properties, items, additionalProperties, variants.
function children(pair: SchemaNodePair, at: Cursor): Child[] {
  const { base, revision } = pair;
  const out: Child[] = [];
  for (const [name, schema] of base.properties) {
    if (!revision.properties.has(name)) continue;
    const next = step(at, name, 'properties', name);
    next.basePointer = base.propertyPointers.get(name) ?? next.basePointer;
    next.revisionPointer = revision.propertyPointers.get(name) ?? next.revisionPointer;
    out.push({ base: schema, revision: revision.properties.get(name), at: next });
  }
  const b = base.raw;
  const r = revision.raw;
  if (b.items !== undefined && r.items !== undefined && !Array.isArray(b.items)) {
    out.push({ base: b.items, revision: r.items, at: step(at, '[]', 'items') });
  }
  if (isObject(b.additionalProperties) && isObject(r.additionalProperties)) {
    out.push({ base: b.additionalProperties, revision: r.additionalProperties, at: step(at, '{}', 'additionalProperties') });
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const bv = b[keyword];
    const rv = r[keyword];
    if (!Array.isArray(bv) || !Array.isArray(rv)) continue;
    for (const [i, j] of matchVariants(bv, rv).pairs) {
      const next = step(at, `<${keyword}[${j}]>`, keyword, j);
      next.basePointer = joinPointer(at.basePointer, keyword, i);
      out.push({ base: bv[i], revision: rv[j], at: next });
    }
  }
  return out;
}

const NONE: Change[] = [];

function hasAllOf(node: unknown): boolean {
  return isObject(node) && node.allOf !== undefined;
}

function nameOf(ref: string | undefined): string {
  return ref ? ref.slice(ref.lastIndexOf('/') + 1) : '';
}

function unique(changes: Change[]): Change[] {
  return [...new Set(changes)];
}

const seenOperations = new WeakMap<Change, Set<string>>();

function attribute(change: Change, operation: string | undefined): void {
  if (!operation || change.operation === operation) return;
  if (change.operation === undefined) {
    change.operation = operation;
    return;
  }
  let seen = seenOperations.get(change);
  if (!seen) {
    seen = new Set();
    seenOperations.set(change, seen);
  }
  if (seen.has(operation)) return;
  seen.add(operation);
  (change.affectedOperations ??= []).push(operation);
}
