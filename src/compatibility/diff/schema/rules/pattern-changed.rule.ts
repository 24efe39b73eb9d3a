import { defineSchemaRule } from '../types.js';
import { patternOf } from './helpers.js';

// Whether a new regular expression is wider or narrower cannot be decided cheaply: warn both ways.
export const patternChanged = defineSchemaRule({
  suffix: 'pattern-changed',
  levels: { write: 'warning', read: 'warning' },
  reason: 'The accepted or produced strings may differ.',
  check: ({ base, revision }) => {
    const before = patternOf(base.raw);
    const after = patternOf(revision.raw);
    if (before === undefined || after === undefined || before === after) return [];
    return [{ detail: `pattern changed from '${before}' to '${after}'` }];
  },
});
