import { defineSchemaRule } from '../types.js';

// Whether a new regular expression is wider or narrower cannot be decided cheaply: warn both ways.
export const patternChanged = defineSchemaRule({
  suffix: 'pattern-changed',
  levels: { write: 'warning', read: 'warning' },
  reason: 'The accepted or produced strings may differ.',
  check: ({ base, revision }) => {
    const before = base.raw.pattern;
    const after = revision.raw.pattern;
    if (typeof before !== 'string' || typeof after !== 'string' || before === after) return [];
    return [{ detail: `pattern changed from '${before}' to '${after}'` }];
  },
});
