import { defineSchemaRule } from '../types.js';
import { boundChanges } from './bounds.js';

// A looser bound lets readers receive values outside what they were promised.
export const rangeWidened = defineSchemaRule({
  suffix: 'range-widened',
  levels: { write: 'info', read: 'breaking' },
  reason: 'Readers may receive values outside the old range.',
  check: ({ base, revision }) =>
    boundChanges(base.raw, revision.raw)
      .filter((c) => c.relation === 'widened')
      .map((c) => ({ detail: `${c.keyword} loosened from ${c.before} to ${c.after}` })),
});
