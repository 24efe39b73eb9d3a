import { defineSchemaRule } from '../types.js';
import { patternOf } from './helpers.js';

// A new pattern rejects sender values that do not match it. A match-everything pattern ('' or
// '.*') counts as none, so replacing it with a real one is an addition.
export const patternAdded = defineSchemaRule({
  suffix: 'pattern-added',
  levels: { write: 'breaking', read: 'info' },
  reason: 'Values not matching the new pattern are rejected.',
  check: ({ base, revision }) => {
    const after = patternOf(revision.raw);
    return patternOf(base.raw) === undefined && after !== undefined ? [{ detail: `pattern '${after}' was added` }] : [];
  },
});
