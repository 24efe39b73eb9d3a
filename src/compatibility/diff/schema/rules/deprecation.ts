// Sunset dates and stability levels of schema properties (`x-sunset`, `x-stability-level`), read
// the same way as on operations and parameters.
import { isObject } from '../json-pointer.js';

export const STABILITY_ORDER = ['draft', 'alpha', 'beta', 'stable'];

/** An extension value as text; undefined when absent. YAML may have parsed a date or a number. */
export function extensionText(schema: unknown, key: string): string | undefined {
  const value = isObject(schema) ? schema[key] : undefined;
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** A sunset (ISO date or HTTP date) that parses; false for anything else. */
export function isSunsetDate(value: string): boolean {
  return !Number.isNaN(Date.parse(value));
}
