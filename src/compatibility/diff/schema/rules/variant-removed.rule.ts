import { defineSchemaRule } from '../types.js';
import { matchVariants } from '../variants.js';

// Senders that used a removed oneOf/anyOf alternative are rejected.
export const variantRemoved = defineSchemaRule({
  suffix: 'variant-removed',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Senders that used the removed alternative are rejected.',
  check: ({ base, revision }) => {
    const out = [];
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const before = base.raw[keyword];
      const after = revision.raw[keyword];
      if (!Array.isArray(before) || !Array.isArray(after)) continue;
      for (const i of matchVariants(before, after).removed) {
        out.push({ detail: `${keyword} variant #${i} was removed`, side: 'base' as const, at: `/${keyword}/${i}` });
      }
    }
    return out;
  },
});
