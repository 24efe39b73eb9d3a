import { isObject, refOf } from '../json-pointer.js';
import type { SchemaView } from '../types.js';
import { defineSchemaRule } from '../types.js';

// oneOf accepts a payload only when exactly one variant matches. When an object schema senders
// fill is wrapped in a oneOf, a former payload is rejected if no variant takes it, or if several
// do (e.g. variants that each require a subset of the old required properties). Readers: a new
// oneOf is already response-variant-added, so this rule only looks at data flowing in.
// Variants given as $ref are not inspected (rules see one node); those wraps are not reported.
export const wrappedInOneOf = defineSchemaRule({
  suffix: 'wrapped-in-one-of',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Former payloads that match no variant, or more than one, are rejected.',
  check: ({ base, revision, direction }) => {
    const variants = revision.raw.oneOf;
    if (direction !== 'write' || !Array.isArray(variants) || base.raw.oneOf !== undefined || base.raw.anyOf !== undefined) return [];
    if (!base.types?.has('object') || !variants.every((v) => isObject(v) && refOf(v) === undefined)) return [];
    const matching = variants.filter((v) => takesFormerPayload(v as Record<string, unknown>, base)).length;
    if (matching === 1 || (matching > 1 && revision.raw.discriminator !== undefined)) return [];
    return [{
      detail: matching === 0
        ? `schema was wrapped in a oneOf none of whose ${variants.length} variants takes a former payload`
        : `schema was wrapped in a oneOf where ${matching} variants take the same former payload, which oneOf rejects`,
    }];
  },
});

// A payload with every formerly required property: does this variant accept it?
function takesFormerPayload(variant: Record<string, unknown>, base: SchemaView): boolean {
  const type = variant.type;
  if (type !== undefined && type !== 'object' && !(Array.isArray(type) && type.includes('object'))) return false;
  const required = Array.isArray(variant.required) ? variant.required : [];
  if (!required.every((name) => typeof name === 'string' && base.required.has(name))) return false;
  const declared = isObject(variant.properties) ? variant.properties : {};
  return variant.additionalProperties !== false || [...base.properties.keys()].every((name) => name in declared);
}
