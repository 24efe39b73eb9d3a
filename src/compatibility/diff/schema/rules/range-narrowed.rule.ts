import { defineSchemaRule } from '../types.js';
import { boundChanges } from './bounds.js';

// A tighter minimum/maximum/length/count rejects values senders used to send; for readers it is a
// stronger guarantee.
export const rangeNarrowed = defineSchemaRule({
  suffix: 'range-narrowed',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Values inside the old range are rejected.',
  check: ({ base, revision }) =>
    boundChanges(base.raw, revision.raw)
      .filter((c) => c.relation === 'narrowed')
      .map((c) => ({ detail: `${c.keyword} tightened from ${c.before} to ${c.after}` })),
});
