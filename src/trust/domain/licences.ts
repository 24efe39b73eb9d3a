import { createRequire } from 'node:module';
import spdxCorrect from 'spdx-correct';
import parseSpdx from 'spdx-expression-parse';
import type { LicenceFact } from './sbom-types.js';

// Licence facts from the spdx-* packages only (no hand-written list): spdx-license-ids (current and
// deprecated ids), spdx-correct (normalising "Apache 2" → Apache-2.0), spdx-expression-parse, spdx-osi
// (OSI-approved ids) and spdx-copyleft (copyleft ids).
const require = createRequire(import.meta.url);
const OSI: ReadonlySet<string> = new Set(require('spdx-osi') as string[]);
const COPYLEFT: ReadonlySet<string> = new Set(require('spdx-copyleft') as string[]);
const DEPRECATED: ReadonlySet<string> = new Set(require('spdx-license-ids/deprecated.json') as string[]);
const KNOWN: ReadonlySet<string> = new Set([...(require('spdx-license-ids') as string[]), ...DEPRECATED]);
const BY_LOWER_CASE: ReadonlyMap<string, string> = new Map([...KNOWN].map((id) => [id.toLowerCase(), id]));

type Node = ReturnType<typeof parseSpdx>;
const MAX_EXPRESSION = 1024;

function idsOf(node: Node, out: string[]): string[] {
  if ('license' in node) out.push(node.license);
  else { idsOf(node.left, out); idsOf(node.right, out); }
  return out;
}

// "A AND B" holds when both do, "A OR B" when the licensee may choose one that does: MIT OR WTFPL is
// OSI-approved (choose MIT); MIT OR GPL-3.0 is not copyleft (choose MIT), MIT AND GPL-3.0 is.
function holds(node: Node, test: (id: string) => boolean): boolean {
  if ('license' in node) return test(node.license);
  return node.conjunction === 'and' ? holds(node.left, test) && holds(node.right, test) : holds(node.left, test) || holds(node.right, test);
}

// The opposite reading for obligations: "A AND B" binds when either does, "A OR B" only when both do.
function binds(node: Node, test: (id: string) => boolean): boolean {
  if ('license' in node) return test(node.license);
  return node.conjunction === 'and' ? binds(node.left, test) || binds(node.right, test) : binds(node.left, test) && binds(node.right, test);
}

function render(node: Node, top = true): string {
  if ('license' in node) return `${node.license}${node.plus ? '+' : ''}${node.exception ? ` WITH ${node.exception}` : ''}`;
  const s = `${render(node.left, false)} ${node.conjunction.toUpperCase()} ${render(node.right, false)}`;
  return top ? s : `(${s})`;
}

function parseOrCorrect(raw: string): Node | null {
  try {
    const node = parseSpdx(raw);
    // deprecated ids ("GPL-2.0") are upgraded to their current form ("GPL-2.0-only") where spdx-correct knows it
    if (!idsOf(node, []).some((id) => DEPRECATED.has(id))) return node;
    const upgraded = spdxCorrect(raw, { upgrade: true });
    if (!upgraded) return node;
    try { return parseSpdx(upgraded); } catch { return node; }
  } catch {
    // an id in the wrong case ("eupl-1.2") before spdx-correct's guessing, which maps "eupl 1.2" to UPL-1.0
    const exact = BY_LOWER_CASE.get(raw.toLowerCase());
    if (exact) return parseOrCorrect(exact);
    const corrected = spdxCorrect(raw, { upgrade: true });
    if (!corrected) return null;
    try { return parseSpdx(corrected); } catch { return null; }
  }
}

/** One licence string (SPDX id, expression, or free name) as a normalised fact. */
export function licenceFact(raw: string): LicenceFact {
  const text = raw.trim().slice(0, MAX_EXPRESSION);
  const node = text ? parseOrCorrect(text) : null;
  if (!node) return { raw: text, expression: null, ids: [], osiApproved: false, copyleft: false, unknown: true };
  const ids = [...new Set(idsOf(node, []))];
  const known = ids.filter((id) => KNOWN.has(id));
  const unknown = known.length !== ids.length;
  return {
    raw: text, expression: render(node), ids,
    osiApproved: holds(node, (id) => OSI.has(id)),
    copyleft: binds(node, (id) => COPYLEFT.has(id)),
    unknown,
  };
}

/** Distinct licence facts of many strings (by raw text, then by expression). */
export function licenceFacts(raws: Iterable<string>): LicenceFact[] {
  const byExpression = new Map<string, LicenceFact>();
  const seen = new Set<string>();
  for (const raw of raws) {
    if (seen.has(raw)) continue;
    seen.add(raw);
    const f = licenceFact(raw);
    const key = f.expression ?? `?${f.raw}`;
    if (!byExpression.has(key)) byExpression.set(key, f);
  }
  return [...byExpression.values()];
}
