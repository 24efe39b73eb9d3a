// Numeric, length, item and property-count bounds, compared as narrowed or widened.
import type { JsonObject } from '../types.js';

interface Bound {
  value: number;
  exclusive: boolean;
}

export interface BoundChange {
  keyword: string;
  relation: 'narrowed' | 'widened';
  before: string;
  after: string;
}

function lower(raw: JsonObject): Bound | undefined {
  const min = typeof raw.minimum === 'number' ? raw.minimum : undefined;
  const exMin = raw.exclusiveMinimum;
  if (typeof exMin === 'number' && (min === undefined || exMin >= min)) return { value: exMin, exclusive: true };
  return min === undefined ? undefined : { value: min, exclusive: exMin === true };
}

function upper(raw: JsonObject): Bound | undefined {
  const max = typeof raw.maximum === 'number' ? raw.maximum : undefined;
  const exMax = raw.exclusiveMaximum;
  if (typeof exMax === 'number' && (max === undefined || exMax <= max)) return { value: exMax, exclusive: true };
  return max === undefined ? undefined : { value: max, exclusive: exMax === true };
}

function plain(raw: JsonObject, keyword: string): Bound | undefined {
  const v = raw[keyword];
  return typeof v === 'number' ? { value: v, exclusive: false } : undefined;
}

const show = (b: Bound | undefined): string => (b ? `${b.exclusive ? '(exclusive) ' : ''}${b.value}` : 'none');

// sign +1: a lower bound (bigger is tighter); -1: an upper bound (smaller is tighter).
function relate(keyword: string, sign: 1 | -1, before?: Bound, after?: Bound): BoundChange | undefined {
  if (!before && !after) return undefined;
  if (before && after && before.value === after.value && before.exclusive === after.exclusive) return undefined;
  let narrowed: boolean;
  if (!before) narrowed = true;
  else if (!after) narrowed = false;
  else if (before.value === after.value) narrowed = after.exclusive;
  else narrowed = sign * (after.value - before.value) > 0;
  return { keyword, relation: narrowed ? 'narrowed' : 'widened', before: show(before), after: show(after) };
}

const LOWER = ['minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER = ['maxLength', 'maxItems', 'maxProperties', 'maxContains'];

export function boundChanges(base: JsonObject, revision: JsonObject): BoundChange[] {
  const out = [relate('minimum', 1, lower(base), lower(revision)), relate('maximum', -1, upper(base), upper(revision))];
  for (const k of LOWER) out.push(relate(k, 1, plain(base, k), plain(revision, k)));
  for (const k of UPPER) out.push(relate(k, -1, plain(base, k), plain(revision, k)));
  return out.filter((c): c is BoundChange => c !== undefined);
}
