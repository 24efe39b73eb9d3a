import { defineSchemaRule } from '../types.js';
import { isObject } from '../json-pointer.js';

// Both sides pick the variant by the discriminator property: renaming it, or dropping a mapping
// key, makes payloads ambiguous or unreadable.
export const discriminatorChanged = defineSchemaRule({
  suffix: 'discriminator-changed',
  levels: { write: 'breaking', read: 'breaking' },
  reason: 'Variant selection by the discriminator changes.',
  check: ({ base, revision }) => {
    const before = isObject(base.raw.discriminator) ? base.raw.discriminator : undefined;
    const after = isObject(revision.raw.discriminator) ? revision.raw.discriminator : undefined;
    if (!before || !after) return [];
    const out = [];
    if (before.propertyName !== after.propertyName) {
      out.push({ detail: `discriminator property changed from '${String(before.propertyName)}' to '${String(after.propertyName)}'` });
    }
    const keys = isObject(after.mapping) ? Object.keys(after.mapping) : [];
    for (const key of isObject(before.mapping) ? Object.keys(before.mapping) : []) {
      if (!keys.includes(key)) out.push({ detail: `discriminator mapping '${key}' was removed` });
    }
    return out;
  },
});
