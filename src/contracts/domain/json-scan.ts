import { textPosition } from './decode-upload.js';
import { issue, type Issue } from './contract-issues.js';
import { toPointer } from './json-pointer.js';

type Segment = string | number;
/** Called for every object member (offset of its key) and array element (offset of its value). */
type Visit = (path: readonly Segment[], offset: number, duplicate: boolean) => void;

interface Frame {
  object: boolean;
  keys: Set<string> | null;
  expectMember: boolean;
  index: number;
}

/**
 * One linear pass over text that JSON.parse has already accepted: reports structure to `visit`.
 * JSON.parse silently keeps the last of duplicate keys, so this pass is what catches them.
 */
export function scanJson(text: string, visit: Visit, trackKeys: boolean): void {
  const stack: Frame[] = [];
  const path: Segment[] = [];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x3a) continue; // ws and ':'
    const top = stack[stack.length - 1];
    if (c === 0x2c) {
      if (top) top.expectMember = true;
      continue;
    }
    if (c === 0x7d || c === 0x5d) {
      stack.pop();
      path.length = stack.length;
      continue;
    }
    if (top?.expectMember) {
      top.expectMember = false;
      path.length = stack.length;
      if (top.object) {
        const end = stringEnd(text, i);
        const key = decodeKey(text, i, end);
        const duplicate = top.keys !== null && top.keys.has(key);
        top.keys?.add(key);
        path[stack.length - 1] = key;
        visit(path, i, duplicate);
        i = end;
        continue;
      }
      path[stack.length - 1] = top.index++;
      visit(path, i, false);
    }
    if (c === 0x7b || c === 0x5b) {
      stack.push({ object: c === 0x7b, keys: c === 0x7b && trackKeys ? new Set() : null, expectMember: true, index: 0 });
    } else if (c === 0x22) {
      i = stringEnd(text, i);
    }
  }
}

function stringEnd(text: string, start: number): number {
  let i = text.indexOf('"', start + 1);
  while (i !== -1) {
    let backslashes = 0;
    for (let j = i - 1; text.charCodeAt(j) === 0x5c; j--) backslashes++;
    if (backslashes % 2 === 0) return i;
    i = text.indexOf('"', i + 1);
  }
  return text.length - 1;
}

function decodeKey(text: string, start: number, end: number): string {
  const raw = text.slice(start + 1, end);
  return raw.includes('\\') ? (JSON.parse(text.slice(start, end + 1)) as string) : raw;
}

/** DUPLICATE_KEY issues, each with the pointer of the repeated member and its line/column. */
export function findJsonDuplicateKeys(text: string): Issue[] {
  const found: Issue[] = [];
  scanJson(
    text,
    (path, offset, duplicate) => {
      if (!duplicate) return;
      const pointer = toPointer(path);
      const key = String(path[path.length - 1]);
      found.push(issue('DUPLICATE_KEY', `Duplicate key "${key}" at ${pointer || '/'}`, pointer, textPosition(text, offset)));
    },
    true,
  );
  return found;
}

/** Offsets of the wanted pointers (the key of an object member, the start of an array element). */
export function locateJsonOffsets(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const found = new Map<string, number>();
  const depthLimit = Math.max(...[...wanted].map((p) => p.split('/').length - 1), 0);
  scanJson(
    text,
    (path, offset) => {
      if (path.length > depthLimit) return;
      const pointer = toPointer(path);
      if (wanted.has(pointer) && !found.has(pointer)) found.set(pointer, offset);
    },
    false,
  );
  return found;
}
