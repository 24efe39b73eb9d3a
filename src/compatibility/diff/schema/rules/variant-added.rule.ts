import { defineSchemaRule } from '../types.js';
import { matchVariants } from '../variants.js';

// A new oneOf/anyOf alternative is a new shape readers must handle; senders merely gain a choice.
export const variantAdded = defineSchemaRule({
  suffix: 'variant-added',
  levels: { write: 'info', read: 'breaking' },
  reason: 'Readers may receive a shape they do not know.',
  check: ({ base, revision }) => {
    const out = [];
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const before = base.raw[keyword];
      const after = revision.raw[keyword];
      if (!Array.isArray(after)) continue;
      if (!Array.isArray(before)) {
        out.push({ detail: `schema became a ${keyword} of ${after.length} variants` });
        continue;
      }
      for (const j of matchVariants(before, after).added) {
        out.push({ detail: `${keyword} variant #${j} was added`, at: `/${keyword}/${j}` });
      }
    }
    return out;
  },
});
