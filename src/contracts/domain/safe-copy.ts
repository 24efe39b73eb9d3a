import { IssuesFound, issue, type Issue } from './contract-issues.js';
import { toPointer } from './json-pointer.js';
import { FORBIDDEN_CHAR } from './decode-upload.js';
import type { ParseLimits } from './contract-types.js';

type Budget = Pick<ParseLimits, 'maxDepth' | 'maxNodes' | 'maxKeysPerObject'>;
type Container = Record<string, unknown> | unknown[];

interface Entry {
  src: object;
  out: Container;
  depth: number;
  parent: Entry | null;
  seg: string | number;
}
type StackItem = Entry | { exit: object };

/**
 * The one budgeted walk every parsed document goes through before anything else reads it. Iterative (no
 * recursion); copies into fresh plain objects, defining `__proto__` as an own data property so no
 * prototype is ever touched; expands shared (aliased) nodes into a tree, counting each expansion.
 */
export function safeCopy(root: unknown, budget: Budget): unknown {
  if (!isContainer(root)) return checkScalar(root, () => '');
  const out: Container = Array.isArray(root) ? [] : {};
  const stack: StackItem[] = [{ src: root, out, depth: 1, parent: null, seg: '' }];
  const ancestors = new Set<object>();
  const state = { nodes: 1, issues: [] as Issue[] };
  while (stack.length > 0) {
    const item = stack.pop() as StackItem;
    if ('exit' in item) {
      ancestors.delete(item.exit);
      continue;
    }
    if (item.depth > budget.maxDepth) {
      fail(issue('DEPTH_LIMIT', `Nesting deeper than ${budget.maxDepth} levels`, pathOf(item)));
    }
    ancestors.add(item.src);
    stack.push({ exit: item.src });
    copyChildren(item, stack, ancestors, budget, state);
  }
  if (state.issues.length > 0) throw new IssuesFound(state.issues);
  return out;
}

function copyChildren(
  item: Entry,
  stack: StackItem[],
  ancestors: Set<object>,
  budget: Budget,
  state: { nodes: number; issues: Issue[] },
): void {
  const keys = Array.isArray(item.src) ? null : Object.keys(item.src);
  const count = keys ? keys.length : (item.src as unknown[]).length;
  if (keys && count > budget.maxKeysPerObject) {
    fail(issue('KEY_LIMIT', `Object has ${count} keys; the limit is ${budget.maxKeysPerObject}`, pathOf(item)));
  }
  state.nodes += count;
  if (state.nodes > budget.maxNodes) {
    fail(issue('NODE_LIMIT', `Document expands to more than ${budget.maxNodes} values`, pathOf(item)));
  }
  const children: Entry[] = [];
  for (let i = 0; i < count; i++) {
    const seg = keys ? keys[i] : i;
    const value = (item.src as Record<string | number, unknown>)[seg];
    if (keys) checkString(seg as string, () => pathOf(item, seg), state.issues);
    let copied: unknown;
    if (isContainer(value)) {
      if (ancestors.has(value)) {
        fail(issue('ALIAS_CYCLE', 'A YAML alias refers to one of its own ancestors', pathOf(item, seg)));
      }
      copied = Array.isArray(value) ? [] : {};
      children.push({ src: value, out: copied as Container, depth: item.depth + 1, parent: item, seg });
    } else {
      copied = checkScalar(value, () => pathOf(item, seg), state.issues);
    }
    assign(item.out, seg, copied);
  }
  for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
}

function assign(target: Container, seg: string | number, value: unknown): void {
  if (Array.isArray(target)) {
    target.push(value);
  } else if (seg === '__proto__') {
    Object.defineProperty(target, seg, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[seg] = value;
  }
}

function checkScalar(value: unknown, pointer: () => string, issues?: Issue[]): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return checkString(value, pointer, issues);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  const found =
    typeof value === 'number'
      ? issue('NON_FINITE_NUMBER', `${value} is not a JSON number`, pointer())
      : issue('YAML_TAG', `Unsupported value of type ${describe(value)}`, pointer());
  if (!issues) throw new IssuesFound([found]);
  issues.push(found);
  return null;
}

// Escapes ("\u0000", "\ud800", YAML "\0") create characters the raw-text check cannot see; PostgreSQL
// jsonb cannot store them either.
function checkString(value: string, pointer: () => string, issues?: Issue[]): string {
  const match = FORBIDDEN_CHAR.exec(value);
  if (!match) return value;
  const found =
    match[0] === '\u0000'
      ? issue('NUL_CHARACTER', 'String contains a NUL character (U+0000)', pointer())
      : issue('LONE_SURROGATE', 'String contains an unpaired UTF-16 surrogate', pointer());
  if (!issues) throw new IssuesFound([found]);
  issues.push(found);
  return value;
}

function describe(value: unknown): string {
  return typeof value === 'object' ? ((value as object).constructor?.name ?? 'object') : typeof value;
}

function isContainer(v: unknown): v is object {
  return typeof v === 'object' && v !== null && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);
}

function fail(found: Issue): never {
  throw new IssuesFound([found]);
}

function pathOf(entry: Entry, extra?: string | number): string {
  const segs: (string | number)[] = extra === undefined ? [] : [extra];
  for (let e: Entry | null = entry; e && e.parent; e = e.parent) segs.push(e.seg);
  return toPointer(segs.reverse());
}
