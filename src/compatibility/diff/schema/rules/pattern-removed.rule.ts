import { defineSchemaRule } from '../types.js';
import { patternOf } from './helpers.js';

// Readers that validated the pattern may now receive strings that do not match it. A pattern
// replaced by a match-everything one ('' or '.*') is removed.
export const patternRemoved = defineSchemaRule({
  suffix: 'pattern-removed',
  levels: { write: 'info', read: 'warning' },
  reason: 'Readers may receive strings outside the former pattern.',
  check: ({ base, revision }) => {
    const before = patternOf(base.raw);
    return before !== undefined && patternOf(revision.raw) === undefined ? [{ detail: `pattern '${before}' was removed` }] : [];
  },
});
