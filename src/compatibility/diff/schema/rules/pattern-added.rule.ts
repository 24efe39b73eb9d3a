import { defineSchemaRule } from '../types.js';

// A new pattern rejects sender values that do not match it.
export const patternAdded = defineSchemaRule({
  suffix: 'pattern-added',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Values not matching the new pattern are rejected.',
  check: ({ base, revision }) =>
    base.raw.pattern === undefined && typeof revision.raw.pattern === 'string'
      ? [{ detail: `pattern '${revision.raw.pattern}' was added` }]
      : [],
});
