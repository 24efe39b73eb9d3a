import { defineSchemaRule } from '../types.js';

// Readers that validated the pattern may now receive strings that do not match it.
export const patternRemoved = defineSchemaRule({
  suffix: 'pattern-removed',
  levels: { write: 'info', read: 'warning' },
  reason: 'Readers may receive strings outside the former pattern.',
  check: ({ base, revision }) =>
    typeof base.raw.pattern === 'string' && revision.raw.pattern === undefined
      ? [{ detail: `pattern '${base.raw.pattern}' was removed` }]
      : [],
});
