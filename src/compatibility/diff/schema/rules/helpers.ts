// Small helpers shared by the schema rules.
import { deref, isObject } from '../json-pointer.js';
import type { FlowDirection, SchemaView } from '../types.js';

/** A property a client never sends (readOnly) or never receives (writeOnly) is out of scope. */
export function isVisible(schema: unknown, direction: FlowDirection): boolean {
  const node = isObject(schema) ? schema : {};
  return direction === 'write' ? node.readOnly !== true : node.writeOnly !== true;
}

/** Properties that take part in the given direction. */
export function visibleProperties(view: SchemaView, direction: FlowDirection): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, schema] of view.properties) if (isVisible(schema, direction)) out.set(name, schema);
  return out;
}

/** Flag of a property schema (readOnly, writeOnly, deprecated), looking through a local $ref. */
export function flagOf(schema: unknown, flag: string): boolean {
  return isObject(schema) && schema[flag] === true;
}

export function show(value: unknown): string {
  return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}

export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** JSON texts of a list of values, for set lookups (enums can hold hundreds of values). */
export function jsonSet(values: unknown[]): Set<string> {
  return new Set(values.map((v) => JSON.stringify(v)));
}

export function enumOf(raw: Record<string, unknown>): unknown[] | undefined {
  if (!Array.isArray(raw.enum)) return undefined;
  return raw.enum.filter((v) => v !== null);
}

export function prop(name: string): string {
  return `/properties/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

export { deref };

// Patterns that match every string constrain nothing: '' matches everywhere, so does '.*'.
const MATCH_ALL = new Set(['', '.*', '^.*', '.*$', '^.*$']);

/** The effective `pattern`: undefined when absent or when it matches every string. */
export function patternOf(raw: Record<string, unknown>): string | undefined {
  return typeof raw.pattern === 'string' && !MATCH_ALL.has(raw.pattern) ? raw.pattern : undefined;
}
