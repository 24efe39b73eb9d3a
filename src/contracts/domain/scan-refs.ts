import { issue, type Issue } from './contract-issues.js';
import { escapeSegment, fragmentSegments, getAt, isPlainRecord } from './json-pointer.js';

interface RefSite {
  ref: string;
  pointer: string; // of the "$ref" member itself
}

/**
 * The own `$ref` scan that runs before any parser sees the document: external references (anything not
 * starting with "#") are never followed, so each is an EXTERNAL_REF; internal ones must point at something,
 * and a chain of references that only points at itself (A → B → A) is a REF_CYCLE. Circular *schemas*
 * (a schema whose property refers back to it) are fine.
 */
export function checkRefs(doc: Record<string, unknown>): Issue[] {
  const { sites, anchors } = collectRefs(doc);
  const issues: Issue[] = [];
  const loops = new Map<string, boolean>();
  for (const site of sites) {
    if (!site.ref.startsWith('#')) {
      issues.push(issue('EXTERNAL_REF', `External reference "${site.ref}" is not allowed: only references inside the document ("#/...") are resolved`, site.pointer));
      continue;
    }
    const target = resolveInternal(doc, site.ref, anchors);
    if (target === undefined) {
      issues.push(issue('UNRESOLVED_REF', `Reference "${site.ref}" points to nothing in this document`, site.pointer));
    } else if (refChainLoops(doc, site.ref, anchors, loops)) {
      issues.push(issue('REF_CYCLE', `Reference "${site.ref}" only leads back to itself through other references`, site.pointer));
    }
  }
  return issues;
}

function resolveInternal(doc: Record<string, unknown>, ref: string, anchors: Map<string, unknown>): unknown {
  const segs = fragmentSegments(ref);
  if (segs) return getAt(doc, segs);
  return anchors.get(ref.slice(1)); // "#name" refers to a JSON Schema `$anchor`
}

/**
 * Whether following `$ref` → target `$ref` → … from `start` comes back to a reference already passed. Each
 * reference's answer is remembered (`known`), so a 5,000-link chain is walked once, not once per link
 * (which was quadratic): every reference on a walked path shares the answer of where the path ended.
 */
function refChainLoops(doc: Record<string, unknown>, start: string, anchors: Map<string, unknown>, known: Map<string, boolean>): boolean {
  const path: string[] = [];
  const onPath = new Set<string>();
  let ref: string | undefined = start;
  let loops = false;
  while (ref !== undefined && ref.startsWith('#')) {
    const answer = known.get(ref);
    if (answer !== undefined) {
      loops = answer;
      break;
    }
    if (onPath.has(ref)) {
      loops = true;
      break;
    }
    onPath.add(ref);
    path.push(ref);
    const target = resolveInternal(doc, ref, anchors);
    ref = isPlainRecord(target) && typeof target.$ref === 'string' ? target.$ref : undefined;
  }
  for (const r of path) known.set(r, loops);
  return loops;
}

function collectRefs(doc: Record<string, unknown>): { sites: RefSite[]; anchors: Map<string, unknown> } {
  const sites: RefSite[] = [];
  const anchors = new Map<string, unknown>();
  const stack: { node: unknown; pointer: string }[] = [{ node: doc, pointer: '' }];
  while (stack.length > 0) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) pushIfContainer(stack, node[i], `${pointer}/${i}`);
      continue;
    }
    if (!isPlainRecord(node)) continue;
    const keys = Object.keys(node);
    if (typeof node.$ref === 'string' && keys.includes('$ref')) sites.push({ ref: node.$ref, pointer: `${pointer}/$ref` });
    if (typeof node.$anchor === 'string' && keys.includes('$anchor')) anchors.set(node.$anchor, node);
    for (let i = keys.length - 1; i >= 0; i--) pushIfContainer(stack, node[keys[i]], `${pointer}/${escapeSegment(keys[i])}`);
  }
  return { sites, anchors };
}

function pushIfContainer(stack: { node: unknown; pointer: string }[], node: unknown, pointer: string): void {
  if (typeof node === 'object' && node !== null) stack.push({ node, pointer });
}
