import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Alias, type Document, type Node } from 'yaml';
import { IssuesFound, issue, type Issue } from './contract-issues.js';
import { makePositioner, type Positioner } from './source-position.js';
import { toPointer } from './json-pointer.js';

// YAML 1.2 core tags only: `!!binary`, `!!set`, `!!timestamp` and custom tags would produce values that
// are not JSON (or call constructors), so a tagged node outside this list is rejected.
const ALLOWED_TAGS = new Set(
  ['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
);

const PARSE_OPTIONS = {
  version: '1.2',
  schema: 'core',
  strict: true,
  uniqueKeys: false, // quadratic in `yaml`; replaced by the linear check below
  merge: false,
  resolveKnownTags: false,
  prettyErrors: false, // positions are computed on the error path only
  keepSourceTokens: false,
} as const;

interface AstEntry {
  node: Node;
  depth: number;
  parent: AstEntry | null;
  seg: string | number;
}

/** Safe YAML load: one document, no custom tags, no duplicate keys, bounded depth and alias expansion. */
export function loadYaml(text: string, limits: { maxDepth: number; maxAliasCount: number }): unknown {
  const docs = parseAllDocuments(text, PARSE_OPTIONS);
  if (!Array.isArray(docs) || docs.length === 0) {
    throw new IssuesFound([issue('EMPTY_DOCUMENT', 'The document contains no YAML content')]);
  }
  const pos = makePositioner(text);
  if (docs.length > 1) {
    const at = pos(docs[1].range[0]);
    throw new IssuesFound([issue('MULTIPLE_DOCUMENTS', `Expected one YAML document, found ${docs.length}`, '', at)]);
  }
  const doc = docs[0];
  const astIssues = checkAst(doc, limits.maxDepth, pos);
  const depthFound = astIssues.some((i) => i.code === 'DEPTH_LIMIT');
  const issues: Issue[] = [];
  for (const e of doc.errors) {
    // `yaml` composes recursively and reports a stack overflow as a document error
    const overflow = /call stack/i.test(e.message);
    if (overflow && depthFound) continue;
    const code = overflow ? 'DEPTH_LIMIT' : 'YAML_SYNTAX';
    issues.push(issue(code, overflow ? 'Nesting is too deep to parse' : firstLine(e.message), '', pos(e.pos[0])));
  }
  issues.push(...astIssues);
  if (issues.length > 0) throw new IssuesFound(issues.sort(byPosition));
  try {
    return new AliasAwareConverter(limits.maxAliasCount).convert(doc.contents as Node | null);
  } catch (err) {
    throw new IssuesFound([toJsFailure(err, limits.maxAliasCount)]);
  }
}

function toJsFailure(err: unknown, maxAliasCount: number): Issue {
  if (err instanceof RangeError) return issue('DEPTH_LIMIT', 'Document nesting (with aliases expanded) is too deep');
  const message = err instanceof Error ? err.message : String(err);
  if (/alias/i.test(message)) {
    return issue('ALIAS_LIMIT', `YAML aliases expand beyond the limit of ${maxAliasCount}: ${message}`);
  }
  return issue('YAML_SYNTAX', message);
}

// Iterative walk over the YAML AST: duplicate keys (linear, one Set per mapping), tags and raw depth.
// Aliases are not followed here; their expansion is bounded by maxAliasCount and the budgeted walk.
function checkAst(doc: Document, maxDepth: number, pos: Positioner): Issue[] {
  const issues: Issue[] = [];
  if (!doc.contents) return issues;
  const stack: AstEntry[] = [{ node: doc.contents as Node, depth: 0, parent: null, seg: '' }];
  while (stack.length > 0) {
    const entry = stack.pop() as AstEntry;
    const { node } = entry;
    checkTag(node, entry, pos, issues);
    if (!isMap(node) && !isSeq(node)) continue;
    if (entry.depth + 1 > maxDepth) {
      issues.push(issue('DEPTH_LIMIT', `Nesting deeper than ${maxDepth} levels`, pathOf(entry), pos(rangeStart(node))));
      return issues;
    }
    if (isSeq(node)) {
      node.items.forEach((item, i) => pushChild(stack, item, entry, i));
      continue;
    }
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      if (key !== null && !isScalar(key)) {
        const what = isAlias(key) ? 'an alias' : 'a collection';
        issues.push(issue('YAML_SYNTAX', `Mapping keys must be scalars, found ${what}`, pathOf(entry), pos(rangeStart(key))));
        continue;
      }
      const name = key === null || key.value === null ? '' : String(key.value);
      if (seen.has(name)) {
        const pointer = pathOf(entry, name);
        issues.push(issue('DUPLICATE_KEY', `Duplicate key "${name}" at ${pointer}`, pointer, pos(key ? rangeStart(key) : rangeStart(node))));
      }
      seen.add(name);
      if (key) checkTag(key, entry, pos, issues);
      pushChild(stack, pair.value, entry, name);
    }
  }
  return issues;
}

function pushChild(stack: AstEntry[], child: unknown, parent: AstEntry, seg: string | number): void {
  if (child && typeof child === 'object' && !isAlias(child)) {
    stack.push({ node: child as Node, depth: parent.depth + 1, parent, seg });
  }
}

function checkTag(node: Node, entry: AstEntry, pos: Positioner, issues: Issue[]): void {
  const tag = (node as { tag?: string }).tag;
  if (tag !== undefined && !ALLOWED_TAGS.has(tag)) {
    issues.push(issue('YAML_TAG', `Unsupported YAML tag ${tag}`, pathOf(entry), pos(rangeStart(node))));
  }
}

function rangeStart(node: Node): number {
  return node.range?.[0] ?? 0;
}

function pathOf(entry: AstEntry, extra?: string): string {
  const segs: (string | number)[] = extra === undefined ? [] : [extra];
  for (let e: AstEntry | null = entry; e && e.parent; e = e.parent) segs.push(e.seg);
  return toPointer(segs.reverse());
}

function byPosition(a: Issue, b: Issue): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

interface AnchorData {
  res: unknown;
  node: Node;
  count: number;
  aliasCount: number | null;
}

/**
 * AST → plain JS in document order, with `yaml`'s alias rules: an alias is the value of the last anchor of
 * that name before it (a shared reference; the budgeted walk in safe-copy expands and counts it), and an
 * anchor used `count` times whose node holds aliases worth `aliasCount` may not exceed maxAliasCount.
 * Written here because `yaml`'s own `toJS` looks every alias up by scanning all nodes before it, which is
 * quadratic: 10,000 anchors with one alias each took 4.5 s. Anchors sit in a map here (linear). Recursion is
 * safe: checkAst has already refused nesting deeper than maxDepth.
 */
class AliasAwareConverter {
  private readonly anchors = new Map<string, AnchorData>();
  private readonly aliasTargets = new WeakMap<Alias, AnchorData>();

  constructor(private readonly maxAliasCount: number) {}

  convert(node: Node | null): unknown {
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return this.alias(node);
    if (isScalar(node)) {
      this.anchor(node, node.value);
      return node.value;
    }
    if (isSeq(node)) {
      const out: unknown[] = [];
      this.anchor(node, out);
      for (const item of node.items) out.push(this.convert(item as Node | null));
      return out;
    }
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      this.anchor(node, out);
      for (const pair of node.items) {
        const key = this.convert(pair.key as Node | null);
        const name = key === null ? '' : String(key);
        const value = this.convert(pair.value as Node | null);
        if (name === '__proto__') Object.defineProperty(out, name, { value, writable: true, enumerable: true, configurable: true });
        else out[name] = value;
      }
      return out;
    }
    throw new Error('unsupported YAML node');
  }

  private anchor(node: Node, res: unknown): void {
    if (node.anchor) this.anchors.set(node.anchor, { res, node, count: 0, aliasCount: null });
  }

  private alias(node: Alias): unknown {
    const data = this.anchors.get(node.source);
    if (!data) throw new ReferenceError(`Unresolved alias (the anchor must be set before the alias): ${node.source}`);
    this.aliasTargets.set(node, data);
    if (this.maxAliasCount >= 0) {
      data.count += 1;
      data.aliasCount ??= this.aliasCount(data.node);
      if (data.count * data.aliasCount > this.maxAliasCount) {
        throw new ReferenceError('Excessive alias count indicates a resource exhaustion attack');
      }
    }
    return data.res;
  }

  // What one use of an anchored node costs: the largest (uses × cost) of the aliases inside it, 1 for a scalar.
  private aliasCount(node: Node | null): number {
    if (node === null || node === undefined) return 1;
    if (isAlias(node)) {
      const target = this.aliasTargets.get(node);
      return target ? target.count * (target.aliasCount ?? 0) : 0;
    }
    if (isSeq(node)) return node.items.reduce<number>((max, item) => Math.max(max, this.aliasCount(item as Node | null)), 0);
    if (isMap(node)) {
      return node.items.reduce<number>((max, pair) => Math.max(max, this.aliasCount(pair.key as Node | null), this.aliasCount(pair.value as Node | null)), 0);
    }
    return 1;
  }
}
