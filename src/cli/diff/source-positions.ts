// Line and column of JSON pointers in the CLI's source texts, so annotations land on the right line.
// JSON: the server's linear scan; YAML: js-yaml's node events (yaml-key-positions.ts), falling back to
// the server's `yaml` AST locator. One pass per document, only when there are findings. A pointer the text does not contain (e.g. a merged allOf property) gets the
// position of its nearest existing ancestor.
import { issue } from '../../contracts/domain/contract-issues.js';
import { sniffSyntax } from '../../contracts/domain/parse-document.js';
import { addPositions } from '../../contracts/domain/source-locator.js';
import { resolvePointer } from '../../compatibility/diff/schema/json-pointer.js';
import { makePositioner } from '../../contracts/domain/source-position.js';
import type { LoadedSource } from '../load-document.js';
import { offsetOf, yamlPositionTree } from './yaml-key-positions.js';

export interface SourcePosition {
  line: number;
  column: number;
}

/** Positions of `pointers` in one source; pointers it cannot place are absent. */
export function positionsIn(source: LoadedSource, pointers: string[]): Map<string, SourcePosition> {
  const out = new Map<string, SourcePosition>();
  if (pointers.length === 0 || !source.text) return out;
  const body = source.text.charCodeAt(0) === 0xfeff ? source.text.slice(1) : source.text;
  const unique = [...new Set(pointers)];
  if (sniffSyntax(body) === 'yaml') {
    try {
      const tree = yamlPositionTree(body);
      const pos = makePositioner(body);
      for (const p of unique) {
        const at = pos(offsetOf(tree, p));
        out.set(p, { line: at.line, column: at.column });
      }
      return out;
    } catch {
      // Texts js-yaml cannot read (the CLI's parser also accepts some through `yaml`): the AST locator.
    }
  }
  const located = addPositions(unique.map((p) => issue('YAML_SYNTAX', '', p)), body, sniffSyntax(body));
  for (const i of located) if (i.line !== undefined) out.set(i.pointer, { line: i.line, column: i.column ?? 1 });
  return out;
}

/** Whether the pointer names an existing node of the parsed document. */
export function exists(document: unknown, pointer: string): boolean {
  return pointer === '' || resolvePointer(document, pointer) !== undefined;
}
