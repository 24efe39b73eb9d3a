// JSON Schema keywords that only ever restrict the valid values (applicators and assertions not
// covered by a dedicated rule). Compared by value: added, removed or changed.
import { sameJson } from './helpers.js';
import type { JsonObject } from '../types.js';

export const CONSTRAINT_KEYWORDS = [
  'not', 'if', 'then', 'else', 'contains', 'dependentRequired', 'dependentSchemas', 'dependencies',
  'patternProperties', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties', 'prefixItems',
  'contentSchema', 'contentMediaType', 'contentEncoding', 'multipleOf', 'uniqueItems',
] as const;

export type KeywordChange = 'added' | 'removed' | 'changed';

function present(raw: JsonObject, keyword: string): boolean {
  const v = raw[keyword];
  return v !== undefined && !(keyword === 'uniqueItems' && v === false);
}

export function keywordChanges(base: JsonObject, revision: JsonObject): Array<[string, KeywordChange]> {
  const out: Array<[string, KeywordChange]> = [];
  for (const k of CONSTRAINT_KEYWORDS) {
    const b = present(base, k);
    const r = present(revision, k);
    if (!b && r) out.push([k, 'added']);
    else if (b && !r) out.push([k, 'removed']);
    else if (b && r && !sameJson(base[k], revision[k])) out.push([k, 'changed']);
  }
  return out;
}
