// Offsets of mapping keys and sequence items in a YAML text, from js-yaml's node events (one pass,
// linear): about a fifth of the cost of composing a `yaml` AST, which matters for big contracts.
// Where the events do not line up with the value (an empty sequence item, an odd pair count), that
// subtree keeps no children, so lookups fall back to the nearest ancestor; on a parse error the caller
// falls back to the AST locator.
import jsYaml from 'js-yaml';

export interface PositionNode {
  offset: number;
  kids?: Map<string, PositionNode>;
}

interface Frame {
  start: number;
  children: Frame[];
  kind?: string | null;
  result?: unknown;
  key?: string;
  node?: PositionNode;
}

function settle(f: Frame, kind: string | null, result: unknown): void {
  f.kind = kind;
  f.result = result;
  // js-yaml opens some nodes twice (the document node around a flow mapping, a scalar sequence item):
  // the outer frame is the same node as its only child.
  const only = f.children.length === 1 ? f.children[0] : undefined;
  if (only && only.kind === kind && only.result === result) {
    f.key = only.key;
    f.node = { offset: f.start, kids: only.node?.kids };
    return;
  }
  if (kind === 'scalar') f.key = String(result);
  const kids = new Map<string, PositionNode>();
  if (kind === 'mapping' && f.children.length % 2 === 0) {
    for (let i = 0; i < f.children.length; i += 2) {
      const key = f.children[i];
      const value = f.children[i + 1];
      kids.set(key.key ?? '', { offset: key.start, kids: value.node?.kids });
    }
  } else if (kind === 'sequence' && Array.isArray(result) && f.children.length === result.length) {
    f.children.forEach((c, i) => kids.set(String(i), { offset: c.start, kids: c.node?.kids }));
  }
  f.node = { offset: f.start, kids: kids.size ? kids : undefined };
}

/** The position tree of a YAML text (CORE schema, like the CLI's parser). Throws on invalid YAML. */
export function yamlPositionTree(text: string): PositionNode {
  const root: Frame = { start: 0, children: [] };
  const stack: Frame[] = [root];
  jsYaml.load(text, {
    schema: jsYaml.CORE_SCHEMA,
    listener(event, state) {
      if (event === 'open') {
        const frame: Frame = { start: state.position, children: [] };
        stack[stack.length - 1].children.push(frame);
        stack.push(frame);
      } else {
        const frame = stack.pop()!;
        settle(frame, state.kind as string | null, state.result);
      }
    },
  });
  const doc = root.children[0];
  return doc?.node ?? { offset: 0 };
}

function decode(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Offset of the deepest node on the pointer's path (the key of a mapping member). */
export function offsetOf(tree: PositionNode, pointer: string): number {
  let node = tree;
  let offset = tree.offset;
  if (pointer === '') return offset;
  for (const raw of pointer.split('/').slice(1)) {
    const next = node.kids?.get(decode(raw));
    if (!next) break;
    node = next;
    offset = next.offset;
  }
  return offset;
}
